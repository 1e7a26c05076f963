// Demo mode: one connection per platform the sandbox imitates, pointing at the sandbox that `npm run dev`
// starts beside the app (SANDBOX_URL, default http://127.0.0.1:4010), with the sandbox's published credentials.
import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { encrypt, parseKeyring } from "../crypto/keyring";
import type { Db } from "../db/client";
import { connections } from "../db/schema";
import { env } from "../env";
import { isPlatformId } from "../platforms/registry";
import { sandboxConnectionCredentials } from "../sandbox/credentials";
import { SANDBOX_PLATFORM_IDS, SANDBOX_PLATFORMS } from "../sandbox/platforms";

export async function createDemoConnections(db: Db): Promise<void> {
  const [{ count = 0 } = {}] = await db.select({ count: sql<number>`count(*)::int` }).from(connections);
  if (count > 0) return;
  const sandboxUrl = env().SANDBOX_URL.replace(/\/+$/, "");
  const keyring = parseKeyring(env().ENCRYPTION_KEY);
  for (const platform of SANDBOX_PLATFORM_IDS.filter(isPlatformId)) {
    const id = randomUUID();
    const credentials = sandboxConnectionCredentials(platform);
    await db
      .insert(connections)
      .values({
        id,
        name: SANDBOX_PLATFORMS[platform].demoShopName,
        platform,
        baseUrl: `${sandboxUrl}/${platform}`,
        credentialsSealed: encrypt(keyring, JSON.stringify(credentials), id),
        options: {},
      })
      .onConflictDoNothing();
  }
}
