// The sandbox's fixed credentials, per platform (each kept in its own folder): what demo connections and tests
// use, and the set a connection to each imitation sends.
import { SANDBOX_PLATFORM_IDS, SANDBOX_PLATFORMS, type SandboxPlatformId } from "./platforms";

type Credentials = { [K in SandboxPlatformId]: (typeof SANDBOX_PLATFORMS)[K]["credentials"] };

export const SANDBOX_CREDENTIALS = Object.fromEntries(
  SANDBOX_PLATFORM_IDS.map((id) => [id, SANDBOX_PLATFORMS[id].credentials]),
) as Credentials;

/** The credentials a connection to the imitation of `platform` sends (one set, where it accepts several). */
export function sandboxConnectionCredentials(platform: string): Record<string, string> {
  const entry = SANDBOX_PLATFORMS[platform as SandboxPlatformId];
  if (!entry) throw new Error(`the sandbox has no platform "${platform}"`);
  const fields: readonly string[] = entry.connectionFields ?? Object.keys(entry.credentials);
  return Object.fromEntries(fields.map((field) => [field, (entry.credentials as Record<string, string>)[field] ?? ""]));
}
