// The current page's orders, for the detail page's previous/next (it reads the same key).
export const LIST_REFS_KEY = "orderdeck:list-refs";

export function rememberListRefs(refs: { connectionId: string; orderId: string }[]): void {
  try {
    sessionStorage.setItem(LIST_REFS_KEY, JSON.stringify(refs));
  } catch {
    // Storage disabled or full: the detail page simply offers no previous/next.
  }
}
