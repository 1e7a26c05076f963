// For tests: a sandbox platform's shop controls (/_sandbox/orders/<platform>) over HTTP, the way a test changes
// a shop behind Orderdeck's back, and the checks every imitation's shop test makes of them.
import { expect } from "vitest";
import type { PlatformSlug } from "./core/types";

export function shopClient(baseUrl: () => string, platform: PlatformSlug) {
  const control = (method: string, path = "", body?: unknown) =>
    fetch(`${baseUrl()}/_sandbox/orders/${platform}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const idsOf = async (reply: Response, expected: number) => {
    if (reply.status !== expected) throw new Error(`shop control: ${reply.status} ${await reply.text()}`);
    return ((await reply.json()) as { ids: string[] }).ids;
  };
  return {
    control,
    /** Places `count` new orders now; their ids, newest first. */
    place: async (count = 1) => idsOf(await control("POST", "", { count }), 201),
    /** Every order id the shop holds. */
    ids: async () => idsOf(await control("GET"), 200),
    change: (id: string | number) => control("PATCH", `/${id}`),
    remove: (id: string | number) => control("DELETE", `/${id}`),
    /** The control lists `id` first, and as many orders as the platform's own API counts. */
    async expectNewestFirst(id: string | number, count: number) {
      const all = await idsOf(await control("GET"), 200);
      expect(all[0]).toBe(String(id));
      expect(all).toHaveLength(count);
    },
    /** A change to an id the shop does not hold is the control's 404. */
    async expectUnknown(unknownIds: readonly string[]) {
      for (const id of unknownIds) {
        const reply = await control("PATCH", `/${id}`);
        expect(reply.status).toBe(404);
        expect(await reply.json()).toEqual({ error: `no order ${id}` });
      }
    },
  };
}
