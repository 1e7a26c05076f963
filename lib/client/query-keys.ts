// One key factory per entity: hooks and invalidations build keys only from here.

export interface AuditFilters {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  before?: number;
}

export const queryKeys = {
  me: ["me"] as const,
  users: {
    all: ["users"] as const,
    list: () => [...queryKeys.users.all, "list"] as const,
  },
  tokens: {
    all: ["tokens"] as const,
    list: () => [...queryKeys.tokens.all, "list"] as const,
  },
  audit: {
    all: ["audit"] as const,
    list: (filters: AuditFilters) => [...queryKeys.audit.all, "list", filters] as const,
  },
  connections: {
    all: ["connections"] as const,
    list: () => [...queryKeys.connections.all, "list"] as const,
  },
  platforms: {
    all: ["platforms"] as const,
  },
  orderDetail: {
    all: ["order-detail"] as const,
    detail: (connectionId: string, orderId: string) => [...queryKeys.orderDetail.all, connectionId, orderId] as const,
    history: (connectionId: string, orderId: string) =>
      [...queryKeys.orderDetail.all, connectionId, orderId, "history"] as const,
  },
  bulkJobs: {
    all: ["bulk-jobs"] as const,
    list: () => [...queryKeys.bulkJobs.all, "list"] as const,
    detail: (id: string) => [...queryKeys.bulkJobs.all, "detail", id] as const,
  },
  orders: {
    all: ["orders"] as const,
    /** One page of the unified list; `search` is the canonical URL search string (filters, sort, cursor). */
    list: (search: string) => [...queryKeys.orders.all, "list", search] as const,
    /** Counts for the list's filters (the search string without sort, page size and cursor). */
    counts: (search: string) => [...queryKeys.orders.all, "counts", search] as const,
    /** How many orders are newer than the list shows (the "new orders" pill); `search` includes the `from`. */
    newer: (search: string) => [...queryKeys.orders.all, "newer", search] as const,
    /** The newest order the filters found when the list was read at `readAt` (for lists not sorted newest first). */
    newest: (search: string, readAt: number) => [...queryKeys.orders.all, "newest", search, readAt] as const,
    /** The list's sync state alone (a one-order page), refreshed by sync events without touching the rows. */
    freshness: (search: string) => [...queryKeys.orders.all, "freshness", search] as const,
  },
  /** A connection's own statuses, for the list's status filter (outside `orders`: they do not change with orders). */
  orderStatuses: (connectionId: string) => ["order-statuses", connectionId] as const,
  /** The overview's figures; an event about the index invalidates `all` (every range at once). */
  overview: {
    all: ["overview"] as const,
    /** `search`: the canonical query string (range, days, time zone). */
    range: (search: string) => [...queryKeys.overview.all, search] as const,
  },
  views: {
    all: ["views"] as const,
    list: () => [...queryKeys.views.all, "list"] as const,
  },
  preferences: {
    all: ["preferences"] as const,
    detail: (key: string) => [...queryKeys.preferences.all, key] as const,
  },
};
