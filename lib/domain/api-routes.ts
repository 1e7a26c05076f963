// The HTTP contract, declared once: for every JSON route under /api, keyed "METHOD /api/path/:param", what the
// body it takes is (its zod schema's input) and what it answers with on success. Route handlers check what they
// build against it (`satisfies ApiResponse<"GET /api/users">`); the browser's api() takes its types from it, so
// the two sides cannot drift apart unnoticed. Failures answer the error envelope of api-error.ts.
// Not here: GET /api/orders/export (CSV), GET /api/events (Server-Sent Events, see live-events.ts), next-auth's
// /api/auth/* and the catch-all 404.
import type { z } from "zod";
import type { ActionResult, actionInput } from "./action";
import type { AuditEventView, AuditPage } from "./audit";
import type { BulkJobSummary, BulkJobView, bulkJobInput } from "./bulk";
import type {
  ConnectionCheck,
  ConnectionDetail,
  ConnectionItem,
  connectionInput,
  connectionPatch,
  syncRequest,
} from "./connection";
import type {
  changePasswordInput,
  createTokenInput,
  createUserInput,
  resetPasswordInput,
  updateUserInput,
} from "./inputs";
import type { Locale, localeInput } from "./locale";
import type { OrderStatus } from "./order";
import type { OrderDetail } from "./order-detail";
import type { OrderCounts, OrderListPage } from "./order-list";
import type { Overview } from "./overview";
import type { PlatformDescription } from "./platform";
import type {
  ApiTokenSummary,
  CreatedApiToken,
  PasswordChanged,
  PasswordReset,
  SignedInCaller,
  UserSummary,
} from "./user";
import type { preferenceBody, SavedView, savedViewInput, savedViewPatch } from "./views";

type Takes<Schema extends z.ZodType> = z.input<Schema>;

export interface ApiRoutes {
  "GET /api/health": { response: { ok: true } };
  "GET /api/me": { response: SignedInCaller };
  /** A browser session only; open also to a user who must change their password. */
  "POST /api/me/password": { body: Takes<typeof changePasswordInput>; response: PasswordChanged };
  /** The caller's own interface language; null follows the browser's Accept-Language again. */
  "PUT /api/me/locale": { body: Takes<typeof localeInput>; response: { locale: Locale | null } };

  "GET /api/users": { response: { users: UserSummary[] } };
  "POST /api/users": { body: Takes<typeof createUserInput>; response: { user: UserSummary } };
  "PATCH /api/users/:id": { body: Takes<typeof updateUserInput>; response: { user: UserSummary } };
  "POST /api/users/:id/password": { body: Takes<typeof resetPasswordInput>; response: PasswordReset };

  "GET /api/tokens": { response: { tokens: ApiTokenSummary[] } };
  "POST /api/tokens": { body: Takes<typeof createTokenInput>; response: CreatedApiToken };
  "DELETE /api/tokens/:id": { response: { token: ApiTokenSummary } };

  "GET /api/audit": { response: AuditPage };
  "GET /api/platforms": { response: { platforms: PlatformDescription[] } };

  "GET /api/connections": { response: { connections: ConnectionItem[] } };
  "POST /api/connections": { body: Takes<typeof connectionInput>; response: { connection: ConnectionDetail } };
  "GET /api/connections/:id": { response: { connection: ConnectionItem } };
  "PATCH /api/connections/:id": { body: Takes<typeof connectionPatch>; response: { connection: ConnectionDetail } };
  "DELETE /api/connections/:id": { response: { ok: true } };
  "POST /api/connections/:id/test": { response: { check: ConnectionCheck } };
  "GET /api/connections/:id/statuses": { response: { statuses: OrderStatus[] } };
  "POST /api/connections/:id/sync": { body: Takes<typeof syncRequest>; response: { requested: true } };

  "GET /api/orders": { response: OrderListPage };
  "GET /api/orders/counts": { response: OrderCounts };
  "GET /api/orders/:connectionId/:orderId": { response: OrderDetail };
  /** Needs an Idempotency-Key header; a replayed answer says `Idempotent-Replayed: true`. */
  "POST /api/orders/:connectionId/:orderId/actions": { body: Takes<typeof actionInput>; response: ActionResult };
  "GET /api/orders/:connectionId/:orderId/history": { response: { events: AuditEventView[] } };

  "GET /api/overview": { response: Overview };

  "GET /api/bulk-jobs": { response: { jobs: BulkJobSummary[] } };
  "POST /api/bulk-jobs": { body: Takes<typeof bulkJobInput>; response: { job: BulkJobView } };
  "GET /api/bulk-jobs/:id": { response: { job: BulkJobView } };
  "POST /api/bulk-jobs/:id/run": { response: { job: BulkJobView } };
  "POST /api/bulk-jobs/:id/retry": { response: { job: BulkJobView } };

  "GET /api/views": { response: { views: SavedView[] } };
  "POST /api/views": { body: Takes<typeof savedViewInput>; response: { view: SavedView } };
  "PATCH /api/views/:id": { body: Takes<typeof savedViewPatch>; response: { view: SavedView } };
  "DELETE /api/views/:id": { response: { ok: true } };

  /** The value is whatever the caller stored (null when nothing was); callers parse it. */
  "GET /api/preferences/:key": { response: { value: unknown } };
  "PUT /api/preferences/:key": { body: Takes<typeof preferenceBody>; response: { value: unknown } };
}

export type ApiRoute = keyof ApiRoutes;

/** What the route answers on success. */
export type ApiResponse<R extends ApiRoute> = ApiRoutes[R]["response"];

/** The body the route takes; `never` for routes without one. */
export type ApiBody<R extends ApiRoute> = ApiRoutes[R] extends { body: infer B } ? B : never;

type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** The route's path parameters by name, e.g. `{ connectionId, orderId }`. */
export type ApiParams<R extends ApiRoute> = {
  [Name in PathParamNames<R extends `${string} ${infer Path}` ? Path : never>]: string;
};

declare const jsonOf: unique symbol;

/** JSON text known to encode a T: for routes that send text they serialized (and cached) themselves. */
export type JsonText<T> = string & { readonly [jsonOf]: T };

export function toJsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}
