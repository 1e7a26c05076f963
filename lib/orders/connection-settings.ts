// A connection's credentials and options checked against its adapter's schemas before they are stored.
import "server-only";
import type { FieldIssue } from "../domain/api-error";
import { InvalidInputError } from "../domain/errors";
import { fromZod } from "../domain/issues";
import { SHARED_OPTION_KEYS, sharedOptionsSchema } from "../platforms/shared-options";
import type { PlatformAdapter } from "../platforms/types";

/** Validates credentials/options with the adapter's schemas; an InvalidInputError names each bad field (body.credentials.apiKey). */
export function validateFor(adapter: PlatformAdapter, credentials: unknown, options: unknown) {
  const issues: FieldIssue[] = [];
  const creds = adapter.credentialsSchema.safeParse(credentials);
  if (!creds.success)
    for (const i of creds.error.issues)
      issues.push(fromZod(i, ["body", "credentials", ...i.path.map(String)].join(".")));
  // The shared options are the same for every platform; the rest are the adapter's own.
  const all = (options ?? {}) as Record<string, unknown>;
  const shared = Object.fromEntries(SHARED_OPTION_KEYS.filter((key) => key in all).map((key) => [key, all[key]]));
  const own = Object.fromEntries(
    Object.entries(all).filter(([key]) => !(SHARED_OPTION_KEYS as readonly string[]).includes(key)),
  );
  const transport = sharedOptionsSchema.safeParse(shared);
  const opts = adapter.optionsSchema.safeParse(own);
  for (const result of [transport, opts]) {
    if (!result.success)
      for (const i of result.error.issues)
        issues.push(fromZod(i, ["body", "options", ...i.path.map(String)].join(".")));
  }
  if (!creds.success || !opts.success || !transport.success) {
    throw InvalidInputError.of(issues);
  }
  return { credentials: creds.data, options: { ...opts.data, ...transport.data } };
}
