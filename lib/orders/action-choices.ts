// The actions an order offers, with the lists some of their fields choose from on this connection (carriers,
// cancellation reasons). The lists are the platform's or the admin's; without them the fields stay free text.
import "server-only";
import type { ActionChoices, AvailableAction } from "../domain/action";
import { isPlatformError } from "../platforms/errors";
import type { AdapterContext, Connection, PlatformAdapter } from "../platforms/types";
import { logError } from "../db/log-error";

/** The connection's lists, or none when the platform has none or could not give them now. */
export async function readChoices(
  adapter: PlatformAdapter,
  conn: Connection,
  ctx: AdapterContext,
): Promise<ActionChoices> {
  if (!adapter.actionChoices) return {};
  try {
    return await adapter.actionChoices(conn, ctx);
  } catch (error) {
    if (!isPlatformError(error)) logError(`orders: reading ${conn.name}'s action choices crashed`, error);
    return {};
  }
}

export function withChoices(actions: AvailableAction[], choices: ActionChoices): AvailableAction[] {
  return actions.map((action) => {
    if (action.type === "add-tracking" && choices.carrier?.length)
      return { ...action, choices: { carrier: choices.carrier } };
    if (action.type === "cancel" && choices.reason?.length) return { ...action, choices: { reason: choices.reason } };
    return action;
  });
}
