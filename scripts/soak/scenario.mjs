// What a member of staff does, by role, with think time between steps: the list with filters, search and paging,
// an order's page, actions (each with its own Idempotency-Key), exports, bulk jobs, saved views, the audit log.
import { setTimeout as sleep } from "node:timers/promises";
import { orderPath as path, performAction, weightedAction } from "./actions.mjs";
import { chance, pick, random } from "./random.mjs";

const { STAGES } = await import("../../lib/domain/order.ts");
const { ORDER_SORTS } = await import("../../lib/domain/query-rules.ts");

/** Steps and their weights per role: a manager reads and exports, fulfillment acts, an admin does a bit of all. */
const MIX = {
  manager: { browse: 30, search: 20, detail: 25, export: 8, views: 12, connections: 5 },
  fulfillment: { browse: 20, search: 10, detail: 20, act: 35, bulk: 4, views: 8, connections: 3 },
  admin: { browse: 15, search: 10, detail: 15, act: 20, bulk: 4, export: 5, views: 8, audit: 15, connections: 8 },
};
/** Of 100 users: how many of each role (a room is mostly fulfillment staff). */
export const ROLE_SHARES = { admin: 10, manager: 30, fulfillment: 60 };
/** Stages whose orders still have steps ahead: where fulfillment staff look for work. */
const OPEN_STAGES = ["pending", "processing", "shipped"];

const countsQuery = (query) => {
  const counts = new URLSearchParams(query);
  for (const key of ["sort", "limit", "cursor"]) counts.delete(key);
  return counts;
};

/** The list page: its orders and counts for the same filter, then maybe a few pages further. */
async function listPage({ call, world }, query, kind = "list") {
  const [page] = await Promise.all([
    call(kind, `/api/orders?${query}`),
    call("counts", `/api/orders/counts?${countsQuery(query)}`),
  ]);
  world.remember(page.json?.orders);
  return page;
}

const STEPS = {
  async browse(ctx) {
    const query = ctx.world.someFilter();
    let page = await listPage(ctx, query);
    for (let more = chance(0.4) ? 1 + random(3) : 0; more > 0 && page.json?.nextCursor; more--) {
      await sleep(ctx.think() / 2);
      query.set("cursor", page.json.nextCursor);
      page = await ctx.call("list, next page", `/api/orders?${query}`);
      ctx.world.remember(page.json?.orders);
    }
  },

  async search(ctx) {
    const term = ctx.world.terms.length > 0 ? pick(ctx.world.terms) : "a";
    const query = new URLSearchParams({ q: term, limit: "50" });
    if (chance(0.3)) query.set("stage", pick(STAGES));
    await listPage(ctx, query, "search");
  },

  async detail(ctx) {
    const order = ctx.world.someOrder();
    if (!order) return STEPS.browse(ctx);
    await ctx.call("detail", path(order.connectionId, order.id), { platform: order.platform });
    if (chance(0.3)) await ctx.call("history", `${path(order.connectionId, order.id)}/history`);
  },

  /** Looks for work in an open stage, opens an order and takes one of the steps it offers. */
  async act(ctx) {
    const query = new URLSearchParams({ stage: pick(OPEN_STAGES), limit: "50", sort: pick(ORDER_SORTS) });
    if (chance(0.5)) query.set("connection", pick(ctx.world.connections).id);
    const page = await listPage(ctx, query);
    const order = pick(page.json?.orders ?? []);
    if (!order) return;
    await sleep(ctx.think() / 2);
    const detail = await ctx.call("detail", path(order.connectionId, order.id), { platform: order.platform });
    const offeredAt = Date.now();
    const offered = detail.json?.actions ?? [];
    if (offered.length === 0) return;
    await sleep(ctx.think() / 2);
    const chosen = weightedAction(offered);
    await performAction(ctx, detail.json.order, chosen, offeredAt);
  },

  async export(ctx) {
    const query = ctx.world.someFilter({ limit: false });
    // An export without any filter is the whole index; people mostly export a slice.
    if (query.size === 0 || (query.size === 1 && query.has("sort"))) query.set("stage", pick(STAGES));
    await ctx.call("export", `/api/orders/export?${query}`, { expect: "csv" });
  },

  /** Selects a handful of open orders, previews "mark as shipped/delivered", runs it and follows it to the end. */
  async bulk(ctx) {
    const page = await listPage(ctx, new URLSearchParams({ stage: pick(["pending", "processing"]), limit: "50" }));
    const orders = (page.json?.orders ?? []).sort(() => Math.random() - 0.5).slice(0, 5 + random(11));
    if (orders.length === 0) return;
    const selection = orders.map((order) => ({ connectionId: order.connectionId, orderId: order.id }));
    const preview = await ctx.call("bulk preview", "/api/bulk-jobs", {
      method: "POST",
      body: { orders: selection, intent: pick(["ship", "deliver"]) },
    });
    const job = preview.json?.job;
    if (!preview.ok || !job) return;
    ctx.ledger.bulkJobs.previewed++;
    if (job.counts.pending === 0) return;
    await sleep(ctx.think());
    const run = await ctx.call("bulk run", `/api/bulk-jobs/${job.id}/run`, { method: "POST" });
    if (!run.ok) return;
    ctx.ledger.bulkJobs.run++;
    const byOrder = new Map(orders.map((order) => [`${order.connectionId}/${order.id}`, order]));
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
      await sleep(1000);
      const polled = await ctx.call("bulk poll", `/api/bulk-jobs/${job.id}`);
      if (polled.json?.job?.state !== "finished") continue;
      for (const item of polled.json.job.items.filter((one) => one.state === "done")) {
        const { connectionId, id, platform } = byOrder.get(`${item.connectionId}/${item.orderId}`);
        ctx.ledger.bulkDone.push({ user: ctx.user, order: { connectionId, id, platform }, type: "set-status" });
      }
      return;
    }
    ctx.ledger.bulkJobs.unfinished++;
  },

  async views(ctx) {
    const listed = await ctx.call("views", "/api/views");
    const mine = (listed.json?.views ?? []).filter((view) => view.mine);
    if (mine.length >= 3 || (mine.length > 0 && chance(0.3))) {
      await ctx.call("view delete", `/api/views/${pick(mine).id}`, { method: "DELETE" });
      return;
    }
    const query = ctx.world.someFilter();
    const body = { name: `Soak ${ctx.user.name} ${random(1e6)}`, query: `?${query}` };
    if (ctx.user.role === "admin" && chance(0.2)) body.shared = true;
    const saved = await ctx.call("view save", "/api/views", { method: "POST", body });
    // Opening the saved view is reading its list.
    if (saved.ok) await listPage(ctx, query);
  },

  async audit(ctx) {
    const query = new URLSearchParams({ limit: "50" });
    if (chance(0.5)) query.set("action", "order.action");
    const page = await ctx.call("audit", `/api/audit?${query}`);
    if (page.json?.nextBefore && chance(0.3)) {
      query.set("before", String(page.json.nextBefore));
      await ctx.call("audit", `/api/audit?${query}`);
    }
    if (chance(0.3)) await ctx.call("users", "/api/users");
  },

  async connections(ctx) {
    await ctx.call("connections", "/api/connections");
  },
};

/** The step whose share of the weights `roll` falls in. */
function pickStep(mix, roll) {
  let left = roll;
  for (const [step, weight] of mix) {
    left -= weight;
    if (left < 0) return step;
  }
  return mix[0][0];
}

/** Runs one user's session until `until` (ms since epoch). */
export async function runUser(ctx, until) {
  const mix = Object.entries(MIX[ctx.user.role]);
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  // Staff do not all arrive in the same second.
  await sleep(random(ctx.think() * 2));
  while (Date.now() < until) {
    const step = pickStep(mix, random(total));
    try {
      await STEPS[step](ctx);
    } catch (error) {
      ctx.crashes.push(`${step}: ${error instanceof Error ? error.stack?.split("\n").slice(0, 3).join(" ") : error}`);
    }
    await sleep(ctx.think());
  }
}
