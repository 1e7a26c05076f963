// The audit log's URL, declared once: each parameter is read with the API's own schema for it (lib/domain/
// audit.ts), so a value the API would refuse (a hand-edited link) is left out and the rest still applies.
// Imports "nuqs/server", the part of nuqs without "use client", so a server page may read it too.

import type { inferParserType } from "nuqs/server";
import { createParser } from "nuqs/server";
import type { z } from "zod";
import { auditQuery } from "@/lib/domain/audit";

const fromSchema = <T extends string | number>(schema: z.ZodType<T | undefined, unknown>) =>
  createParser<T>({ parse: (text) => schema.safeParse(text).data ?? null, serialize: String });

const { actor, action, from, to, before } = auditQuery.shape;

export const auditParsers = {
  actor: fromSchema(actor),
  action: fromSchema(action),
  from: fromSchema(from),
  to: fromSchema(to),
  /** Keyset cursor: events older than this id. */
  before: fromSchema(before),
};

export type AuditValues = inferParserType<typeof auditParsers>;
