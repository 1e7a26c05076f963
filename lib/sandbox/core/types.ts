// The contract between the sandbox's HTTP core and each imitated platform.
// A platform is a plain object that turns a parsed request into a response; the core does
// the HTTP, the path prefix, JSON parsing, fault injection, the request log and the control API.
import type { IncomingHttpHeaders } from "node:http";
import type { OwnApi } from "./own-api";

/** A platform's slug (the same as the adapters'); which ones exist is lib/sandbox/platforms.ts's to say. */
export type PlatformSlug = string;

export interface SandboxRequest {
  method: string;
  /** The path as the real platform would see it, without the sandbox's `/<platform-id>` prefix, e.g. `/api/v2/orders/12`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  /** The raw request body ("" when none). */
  rawBody: string;
  /** The body parsed as JSON; `undefined` when empty; the `INVALID_JSON` symbol when it is not JSON. */
  body: unknown;
  /** Absolute URL of this platform's root inside the sandbox, e.g. `http://127.0.0.1:4010/merchantpro` (no trailing slash). Used for absolute `next` links. */
  baseUrl: string;
}

export const INVALID_JSON: unique symbol = Symbol("invalid-json");

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON unless `raw` is set. Omit for an empty body (e.g. 204). */
  body?: unknown;
  /** A body sent as-is (e.g. an HTML error page); `contentType` defaults to text/html. */
  raw?: string;
  contentType?: string;
}

export interface PlatformOptions {
  /** Seed of the deterministic data generator. */
  seed: number;
  /** How many generated orders (the seed documents' own examples come on top). */
  count: number;
  /** Lifetime of tokens issued by login flows, in seconds. */
  tokenTtlSeconds: number;
  /** The "now" the generated dates are relative to (ms since epoch). */
  now: number;
  /**
   * Another plausible reading of the docs for this platform, for tests: each platform names its own variants
   * (e.g. Retailys `{ listOrder: "oldest-first" }`) and ignores the rest. Empty: the sandbox's default reading.
   */
  variant?: Readonly<Record<string, unknown>>;
}

export interface SandboxPlatform {
  id: PlatformSlug;
  /** Handles one request; never throws for a client error (returns that platform's error response instead). */
  handle(req: SandboxRequest): SandboxResponse | Promise<SandboxResponse>;
  /** The body the platform sends with a server error (5xx) or a rate limit (429), in its own style:
   *  HTML for the Django-based ones, its JSON error shape for the others. */
  serverError(status: number, message: string): SandboxResponse;
  /** Number of orders currently held (for the control API and memory checks). */
  orderCount(): number;
  /** The request rate the platform documents, imitated by default (Retailys: 100/s per IP); none when unpublished. */
  documentedRateLimit?: number;
  /** Changes to the shop made behind Orderdeck's back (the control API's /_sandbox/orders), for sync tests. */
  shop?: ShopControls;
}

/**
 * What a shop's staff or customers do on the platform itself. Each imitation implements them in its own data
 * model; every change moves the order's own "last modified" time where the platform has one.
 */
export interface ShopControls {
  /** Every order id the shop holds now (the platform's own id, as its API uses it). */
  orderIds(): string[];
  /** A new order placed now; answers its id. */
  createOrder(): string;
  /** A change a list shows (the order's status moves on, or its total changes); false when there is no such order. */
  changeOrder(id: string): boolean;
  /** The order is deleted (or archived out of the API); false when there is no such order. */
  deleteOrder(id: string): boolean;
}

export type PlatformFactory = (options: PlatformOptions) => SandboxPlatform;

/** One imitated platform as the sandbox's registry lists it. */
export interface SandboxEntry {
  create: PlatformFactory;
  /** Every credential the imitation accepts (a connection needs the fields of one set). */
  credentials: Readonly<Record<string, string>>;
  /** When the credentials are several sets: the fields a connection to this sandbox uses (default: all). */
  connectionFields?: readonly string[];
  /** The demo connection's name (`npm run dev`). */
  demoShopName: string;
  /** How a client signs in to the imitation's own API and reads an order there (the tests' oracle). */
  ownApi: OwnApi;
}
