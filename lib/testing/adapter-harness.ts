// One harness for every adapter's tests: the platform's imitation started alone on a free port (real HTTP), a
// connection to it as an admin would save one (the sandbox's credentials, the options an empty form leaves),
// the upstream transport as production builds it, the list walked page by page, an action and its re-read,
// and the sandbox's control API for the platform. What differs per platform comes from the adapter itself.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { ActionInput } from "../domain/action";
import type { Order } from "../domain/order";
import { PlatformError } from "../platforms/errors";
import { createUpstream } from "../platforms/http";
import type { SetAside } from "../platforms/read-each";
import type { AdapterContext, AdapterQuery, Connection, PlatformAdapter } from "../platforms/types";
import type { RunningSandbox } from "../sandbox/core/server";
import { sandboxConnectionCredentials } from "../sandbox/credentials";
import { SANDBOX_PLATFORMS, type SandboxPlatformId } from "../sandbox/platforms";
import { shopClient } from "../sandbox/test-shop-client";
import { startTestSandbox } from "../sandbox/testing";
import { sandboxControl } from "./sandbox-control";

export interface SandboxSetup {
  /** Generated orders (default 60); a platform's seed examples come on top. */
  count?: number;
  tokenTtlSeconds?: number;
  /** Another plausible reading of the platform's docs (the imitation's variant.ts). */
  variant?: Record<string, unknown>;
  /** The instant the generated data is relative to. */
  now?: number;
}

export interface ConnectionOverrides {
  /** Replaces the sandbox's credentials as a whole. */
  credentials?: Record<string, string>;
  /** Added to (or replacing some of) the options the connection would have. */
  options?: Connection["options"];
  baseUrl?: string;
}

export interface ContextSettings {
  timeoutMs?: number;
  requestsPerSecond?: number;
  maxRetries?: number;
}

/** Fast enough not to slow a test down, where the imitation imposes no limit of its own. */
const UNLIMITED_RATE = 500;

function numberOption(conn: Connection, name: string): number | undefined {
  const value = conn.options[name];
  return typeof value === "number" && value > 0 ? value : undefined;
}

/** The unified list's order: newest first, ties by id descending (lib/orders/ordering.ts). */
export function newestFirst(orders: readonly Order[]): Order[] {
  return [...orders].sort((a, b) =>
    a.placedAt === b.placedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.placedAt < b.placedAt ? 1 : -1,
  );
}

/** A window of placed dates for a date filter to narrow the list to: the orders' middle, leaving out about a
 *  `1/parts` of them at each end. */
export function placedWindow(orders: readonly Order[], parts = 4): { from: string; to: string } {
  const dates = orders.map((order) => order.placedAt).sort();
  const at = (index: number) => {
    const date = dates[index];
    if (date === undefined) throw new Error("no orders to take a window of");
    return date;
  };
  return { from: at(Math.floor(dates.length / parts)), to: at(Math.floor((dates.length * (parts - 1)) / parts)) };
}

export function adapterHarness(adapter: PlatformAdapter) {
  const id = adapter.id;
  const sandboxEntry = SANDBOX_PLATFORMS[id as SandboxPlatformId];
  if (!sandboxEntry) throw new Error(`the sandbox does not imitate "${id}"`);
  // What a connection saved with the options form left empty holds (ECOM.md's language, say).
  const savedOptions = Object.fromEntries(
    Object.entries(adapter.optionsSchema.parse({})).filter(([, value]) => value !== undefined),
  );

  function startSandbox(setup: SandboxSetup = {}): Promise<RunningSandbox> {
    return startTestSandbox({
      factories: { [id]: sandboxEntry.create },
      count: setup.count ?? 60,
      variants: { [id]: setup.variant ?? {} },
      ...(setup.tokenTtlSeconds === undefined ? {} : { tokenTtlSeconds: setup.tokenTtlSeconds }),
      ...(setup.now === undefined ? {} : { now: setup.now }),
    });
  }

  const control = sandboxControl(id);

  /**
   * The sandboxes a test file (or describe block) shares, by name (a plain reading and a variant, say): started
   * together before its tests, stopped after them; `plain()` is the one named plain, within a test or a later hook.
   */
  function sandboxesPerFile<Name extends string>(
    setups: Record<Name, SandboxSetup>,
  ): Record<Name, () => RunningSandbox> {
    const names = Object.keys(setups) as Name[];
    const started = new Map<Name, RunningSandbox>();
    beforeAll(async () => {
      const sandboxes = await Promise.all(names.map((name) => startSandbox(setups[name])));
      for (const [index, name] of names.entries()) started.set(name, sandboxes[index]!);
    });
    afterAll(() => Promise.all([...started.values()].map((sandbox) => sandbox.stop())));
    const getter = (name: Name) => () => {
      const sandbox = started.get(name);
      if (!sandbox) throw new Error(`sandbox "${name}" starts in beforeAll`);
      return sandbox;
    };
    return Object.fromEntries(names.map((name) => [name, getter(name)])) as Record<Name, () => RunningSandbox>;
  }

  /** The one sandbox a test file shares (see sandboxesPerFile). A test's leftovers can be undone: its faults
   *  after it, the shop's state (the seed again) before the next. */
  function sandboxPerFile(
    setup: SandboxSetup = {},
    between: { clearFaultsAfterEach?: boolean; resetBeforeEach?: boolean } = {},
  ): () => RunningSandbox {
    const { sandbox } = sandboxesPerFile({ sandbox: setup });
    if (between.resetBeforeEach) beforeEach(() => control.resetSandbox(sandbox()));
    if (between.clearFaultsAfterEach) afterEach(() => control.clearFaults(sandbox()));
    return sandbox;
  }

  function connectionTo(sandbox: RunningSandbox, overrides: ConnectionOverrides = {}): Connection {
    // A platform whose imitation enforces its documented rate (Retailys: 100/s) is called at that rate, as the
    // connection's requestsPerSecond option would have production call it; a faster caller would meet 429s.
    // (The documented rate, not the current faults: a test that sets a lower limit wants to meet its 429s.)
    const imitatedRate = sandbox.slots.get(id)?.platform.documentedRateLimit;
    return {
      id: randomUUID(),
      name: `${adapter.label} test`,
      platform: id,
      baseUrl: overrides.baseUrl ?? sandbox.baseUrl(id),
      credentials: overrides.credentials ?? sandboxConnectionCredentials(id),
      options: { ...savedOptions, ...(imitatedRate ? { requestsPerSecond: imitatedRate } : {}), ...overrides.options },
    };
  }

  /** The transport lib/orders/upstream.ts builds for the connection, private addresses allowed. */
  function contextFor(conn: Connection, settings: ContextSettings = {}): AdapterContext {
    const upstream = createUpstream({
      connectionId: conn.id,
      platformLabel: adapter.label,
      baseUrl: conn.baseUrl,
      secrets: Object.values(conn.credentials),
      timeoutMs: settings.timeoutMs ?? numberOption(conn, "timeoutMs") ?? 10_000,
      requestsPerSecond: settings.requestsPerSecond ?? numberOption(conn, "requestsPerSecond") ?? UNLIMITED_RATE,
      concurrency: numberOption(conn, "concurrency") ?? adapter.limits.concurrency,
      allowPrivate: true,
      ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
    });
    return { upstream };
  }

  /** A fresh connection and its context. */
  function connect(sandbox: RunningSandbox, setup: ConnectionOverrides & ContextSettings = {}) {
    const conn = connectionTo(sandbox, setup);
    return { conn, ctx: contextFor(conn, setup) };
  }

  const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({ sort: "placed_desc", limit: 100, ...extra });

  /** The whole list, page after page: every order in the adapter's order, those set aside, the pages it took
   *  and the total the first page reported. */
  async function walk(conn: Connection, ctx: AdapterContext, extra: Partial<AdapterQuery> = {}) {
    const orders: Order[] = [];
    const unreadable: SetAside[] = [];
    let total: number | undefined;
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await adapter.listOrders(conn, query(extra), cursor, ctx);
      orders.push(...page.orders);
      unreadable.push(...(page.unreadable ?? []));
      total ??= page.total;
      cursor = page.next;
      if (++pages > 1000) throw new Error("the list does not end");
    } while (cursor);
    return { orders, unreadable, pages, total };
  }

  /** Every order of the connection, page after page. */
  const allOrders = async (conn: Connection, ctx: AdapterContext, extra: Partial<AdapterQuery> = {}) =>
    (await walk(conn, ctx, extra)).orders;

  /** The action, then the order as re-read (the orders service does the two steps itself, see AcceptedWrite). */
  async function performAndReread(conn: Connection, orderId: string, action: ActionInput, ctx: AdapterContext) {
    const write = await adapter.perform(conn, orderId, action, ctx);
    const order = await adapter.getOrder(conn, write.orderId ?? orderId, ctx);
    const problem = write.check?.(order);
    if (problem) throw new PlatformError("refused", problem);
    return order;
  }

  /** The shop's own controls: orders placed, changed and deleted behind Orderdeck's back. */
  const shop = (sandbox: RunningSandbox) => shopClient(() => sandbox.url, id);

  return {
    id,
    startSandbox,
    sandboxesPerFile,
    sandboxPerFile,
    connectionTo,
    contextFor,
    connect,
    query,
    walk,
    allOrders,
    performAndReread,
    shop,
    ...control,
  };
}
