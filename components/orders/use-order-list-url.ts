"use client";
// The order list's state lives in the URL (filters, sort, page size, cursor, the saved view it came from):
// a link reproduces the view and back/forward walk through it. Which cursor came before which is kept in
// sessionStorage, so "Previous page" and the page number work without putting a cursor stack in the URL.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import { useIsClient } from "@/lib/client/dates";
import { DEFAULT_SORT, orderListSearch, parseOrderListSearch } from "@/lib/client/order-list-search";
import type { OrderListQuery } from "@/lib/domain/query";

export type ListFilters = Omit<OrderListQuery, "cursor">;
const PAGES_KEY = "orderdeck:list-pages";

interface PageMark {
  prev: string | null;
  page: number;
}

function readPages(): Record<string, PageMark> {
  try {
    return JSON.parse(sessionStorage.getItem(PAGES_KEY) ?? "{}") as Record<string, PageMark>;
  } catch {
    return {};
  }
}

function rememberPage(cursor: string, mark: PageMark) {
  try {
    const pages = readPages();
    pages[cursor] = mark;
    // Keep the newest few hundred: cursors are long and sessionStorage is small.
    const entries = Object.entries(pages).slice(-300);
    sessionStorage.setItem(PAGES_KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full or disabled: paging still works, only "Previous page" falls back to the first page.
  }
}

export function hasActiveFilters(query: OrderListQuery): boolean {
  return Boolean(
    query.connection.length ||
      query.stage.length ||
      query.status.length ||
      query.q ||
      query.from ||
      query.to ||
      query.minTotal ||
      query.maxTotal ||
      query.currency ||
      query.erp ||
      query.sort !== DEFAULT_SORT,
  );
}

export function useOrderListUrl() {
  const params = useSearchParams();
  const pathname = usePathname();
  const query = useMemo(() => parseOrderListSearch(new URLSearchParams(params.toString())), [params]);
  const viewId = params.get("view");

  // The URL updates asynchronously: quick successive changes must build on each other.
  const latest = useRef(query);
  const seen = useRef(query);
  if (seen.current !== query) {
    seen.current = query;
    latest.current = query;
  }
  const viewRef = useRef(viewId);
  viewRef.current = viewId;

  const navigate = useCallback(
    (next: OrderListQuery, options: { view?: string | null } = {}) => {
      latest.current = next;
      const view = options.view === undefined ? viewRef.current : options.view;
      const search = [orderListSearch(next), view ? `view=${encodeURIComponent(view)}` : ""].filter(Boolean).join("&");
      // The native history API (Next keeps useSearchParams in step with it): a filter or page change is a
      // new history entry without a server round trip for the page, and the list's own query refetches.
      window.history.pushState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [pathname],
  );

  /** New filters start again from the first page. */
  const setFilters = useCallback(
    (changes: Partial<ListFilters>) => navigate({ ...latest.current, ...changes, cursor: undefined }),
    [navigate],
  );

  // Page numbers come from sessionStorage, which the server-rendered HTML cannot know: read after hydration.
  const isClient = useIsClient();
  const page = useMemo(
    () => (!query.cursor ? 1 : isClient ? (readPages()[query.cursor]?.page ?? null) : null),
    [query.cursor, isClient],
  );

  const nextPage = useCallback(
    (cursor: string) => {
      const current = latest.current;
      const mark = current.cursor ? readPagesSafe()[current.cursor] : { prev: null, page: 1 };
      // An unknown page number stays unknown (the list was opened from a link mid-way).
      rememberPage(cursor, { prev: current.cursor ?? null, page: mark ? mark.page + 1 : 0 });
      navigate({ ...current, cursor });
    },
    [navigate],
  );

  const previousPage = useCallback(() => {
    const current = latest.current;
    const prev = current.cursor ? readPagesSafe()[current.cursor]?.prev : null;
    navigate({ ...current, cursor: prev ?? undefined });
  }, [navigate]);

  const clear = useCallback(
    () => navigate({ ...parseOrderListSearch(new URLSearchParams()), limit: latest.current.limit }, { view: null }),
    [navigate],
  );

  return {
    query,
    viewId,
    search: orderListSearch(query),
    /** The view's filters without the page position: what a saved view stores. */
    filtersSearch: orderListSearch({ ...query, cursor: undefined }),
    page: page === 0 ? null : page,
    setFilters,
    nextPage,
    previousPage,
    clear,
    hasFilters: hasActiveFilters(query),
  };
}

/** sessionStorage is absent while rendering on the server. */
function readPagesSafe(): Record<string, PageMark> {
  return typeof window === "undefined" ? {} : readPages();
}
