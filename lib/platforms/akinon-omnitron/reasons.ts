// The tenant's own cancellation reasons (CANCELLATION_REASONS in assumed.ts), for the cancel form's choice:
// active ones only, and only those for a cancellation when the list tells them from refund reasons.
import "server-only";
import { z } from "zod";
import type { ActionChoices, Choice } from "../../domain/action";
import { PlatformError } from "../errors";
import type { AdapterContext, Connection } from "../types";
import { lenient, wireId } from "../wire";
import { CANCELLATION_REASONS } from "./assumed";
import { call } from "./client";
import { pagePath } from "./filters";

const text = lenient(z.union([z.string(), z.number()]).transform(String));

const rawReason = z.looseObject({
  id: wireId,
  subject: text,
  name: text,
  cancellation_type: text,
  is_active: lenient(z.boolean()),
});

/** A DRF page of reasons, or the bare array a view without pagination answers. */
const rawReasonPage = z.union([
  z.array(z.unknown()).transform((results) => ({ results, next: null as string | null })),
  z.looseObject({ results: z.array(z.unknown()), next: lenient(z.string()) }),
]);

/** Every reason the tenant lists, as sent. */
async function readReasons(conn: Connection, ctx: AdapterContext): Promise<unknown[]> {
  const reasons: unknown[] = [];
  let request: { path: string; query?: Record<string, string | number> } = {
    path: CANCELLATION_REASONS.path,
    query: { ...CANCELLATION_REASONS.query },
  };
  for (let pages = 1; pages <= CANCELLATION_REASONS.maxPages; pages++) {
    const page = rawReasonPage.safeParse(await call(conn, ctx, { method: "GET", ...request }));
    if (!page.success) {
      throw new PlatformError("bad_response", "Akinon Omnitron sent a cancellation reason list we cannot read");
    }
    reasons.push(...page.data.results);
    if (!page.data.next) break;
    request = { path: pagePath(page.data.next, CANCELLATION_REASONS.path) };
  }
  return reasons;
}

/**
 * The reasons a cancel may use, as choices: active, and of the cancellation type where types are given.
 * A reason we cannot read is left out: it could not be chosen anyway.
 */
export function cancelChoices(results: readonly unknown[]): Choice[] {
  const reasons = results.flatMap((result) => {
    const reason = rawReason.safeParse(result);
    return reason.success ? [reason.data] : [];
  });
  const typed = reasons.some((reason) => reason.cancellation_type);
  return reasons
    .filter((reason) => reason.is_active !== false)
    .filter((reason) => !typed || reason.cancellation_type?.toLowerCase() === CANCELLATION_REASONS.cancelType)
    .map((reason) => ({
      code: reason.id,
      label: reason.subject?.trim() || reason.name?.trim() || `Reason ${reason.id}`,
    }));
}

export async function actionChoices(conn: Connection, ctx: AdapterContext): Promise<ActionChoices> {
  return { reason: cancelChoices(await readReasons(conn, ctx)) };
}
