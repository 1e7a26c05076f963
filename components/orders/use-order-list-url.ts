"use client";
// The order list's state lives in the URL (filters, sort, page size, cursor, the saved view it came from):
// a link reproduces the view and back/forward walk through it. nuqs holds it: the controls show a change at
// once, the URL follows (typed text once typing pauses), and the list shows what the URL says. Which cursor
// came before which is kept in sessionStorage, so "Previous page" and the page number work without putting
// a cursor stack in the URL.
import { useSearchParams } from "next/navigation";
import { debounce, useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { useIsClient } from "@/lib/client/dates";
import {
  hasActiveFilters,
  loadOrderListSearch,
  type OrderListValues,
  orderListParsers,
  orderListSearch,
  savedViewParser,
  toOrderListQuery,
} from "@/lib/client/order-list-search";

/** What the toolbar changes: everything but the page position. */
export type ListFilters = Omit<OrderListValues, "cursor">;
export type ListFilterChange = Partial<ListFilters>;

const parsers = { ...orderListParsers, ...savedViewParser };
const TYPING_PAUSE = debounce(400);
const PAGES_KEY = "orderdeck:list-pages";

interface PageMark {
  prev: string | null;
  page: number;
}

function readPages(): Record<string, PageMark> {
  if (typeof window === "undefined") return {};
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

export function useOrderListUrl() {
  // Each change is a history entry (back/forward walk through filters and pages), made without a server
  // round trip for the page: the list's own query refetches.
  const [values, setValues] = useQueryStates(parsers, { history: "push" });
  const params = useSearchParams();
  const inUrl = useMemo(() => loadOrderListSearch(params), [params]);
  const query = useMemo(() => toOrderListQuery(inUrl), [inUrl]);

  /** New filters start again from the first page; typed text reaches the URL once typing pauses. */
  const setFilters = useCallback(
    (changes: ListFilterChange, options: { typing?: boolean } = {}) => {
      const next = { ...changes, cursor: null };
      // Enter on a search that already reached the URL: no second history entry for the same list.
      if (!options.typing && orderListSearch({ ...inUrl, ...next }) === orderListSearch(inUrl)) return;
      void setValues(next, options.typing ? { limitUrlUpdates: TYPING_PAUSE } : {});
    },
    [inUrl, setValues],
  );

  // Page numbers come from sessionStorage, which the server-rendered HTML cannot know: read after hydration.
  const isClient = useIsClient();
  const page = useMemo(
    () => (!query.cursor ? 1 : isClient ? (readPages()[query.cursor]?.page ?? null) : null),
    [query.cursor, isClient],
  );

  // Paging moves on from the page on screen, which is the one the URL names.
  const nextPage = useCallback(
    (cursor: string) => {
      const mark = query.cursor ? readPages()[query.cursor] : { prev: null, page: 1 };
      // An unknown page number stays unknown (the list was opened from a link mid-way).
      rememberPage(cursor, { prev: query.cursor ?? null, page: mark ? mark.page + 1 : 0 });
      void setValues({ cursor });
    },
    [query.cursor, setValues],
  );

  const previousPage = useCallback(() => {
    const prev = query.cursor ? readPages()[query.cursor]?.prev : null;
    void setValues({ cursor: prev ?? null });
  }, [query.cursor, setValues]);

  /** Everything back to the defaults but the page size; the saved view is left too. */
  const clear = useCallback(
    () =>
      void setValues((current) => ({
        ...Object.fromEntries(Object.keys(parsers).map((key) => [key, null])),
        limit: current.limit,
      })),
    [setValues],
  );

  return {
    /** What the toolbar shows: every change at once, typed text as typed. */
    filters: values,
    /** What is listed: the URL's parameters, each checked against the API's rules. */
    query,
    viewId: values.view,
    /** The view's filters without the page position: what a saved view stores. */
    filtersSearch: orderListSearch({ ...query, cursor: undefined }),
    page: page === 0 ? null : page,
    setFilters,
    nextPage,
    previousPage,
    clear,
    hasFilters: hasActiveFilters(values),
  };
}
