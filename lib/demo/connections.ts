// Demo mode: one connection per platform, pointing at the sandbox that `npm run dev` starts beside the app
// (SANDBOX_URL, default http://127.0.0.1:4010), with the sandbox's published demo credentials.
import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { encrypt, parseKeyring } from "../crypto/keyring";
import type { Db } from "../db/client";
import { connections } from "../db/schema";
import { PLATFORM_IDS, PLATFORM_LABELS, type PlatformId } from "../domain/platform";
import { env } from "../env";
import { SANDBOX_CREDENTIALS } from "../sandbox/credentials";

const DEMO_SHOP_NAMES: Record<PlatformId, string> = {
  "ecom-md": "Chișinău Electronics (ECOM.md)",
  merchantpro: "Bucharest Shoes (MerchantPro)",
  "akinon-seller-center": "Istanbul Marketplace (Seller Center)",
  retailys: "Praha Home (Retailys)",
  "akinon-omnitron": "Ankara Fashion (Omnitron)",
};

export async function createDemoConnections(db: Db): Promise<void> {
  const [{ count = 0 } = {}] = await db.select({ count: sql<number>`count(*)::int` }).from(connections);
  if (count > 0) return;
  const sandboxUrl = (process.env.SANDBOX_URL ?? "http://127.0.0.1:4010").replace(/\/+$/, "");
  const keyring = parseKeyring(env().ENCRYPTION_KEY);
  for (const platform of PLATFORM_IDS) {
    const id = randomUUID();
    const credentials: Record<string, string> =
      platform === "akinon-seller-center"
        ? { email: SANDBOX_CREDENTIALS[platform].email, password: SANDBOX_CREDENTIALS[platform].password }
        : { ...SANDBOX_CREDENTIALS[platform] };
    await db
      .insert(connections)
      .values({
        id,
        name: DEMO_SHOP_NAMES[platform] ?? PLATFORM_LABELS[platform],
        platform,
        baseUrl: `${sandboxUrl}/${platform}`,
        credentialsSealed: encrypt(keyring, JSON.stringify(credentials), id),
        options: {},
      })
      .onConflictDoNothing();
  }
}
