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
};
