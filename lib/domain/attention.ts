// Whether a request comes from a person at the keyboard. The session's idle timeout counts only those: a list
// tab left open refreshes itself every few seconds, and those refreshes must not keep an unattended session
// alive until its absolute lifetime. The browser marks a request unattended when nobody has touched the page for
// a while; the server also counts an event stream (it stays open by itself) as unattended.
export const UNATTENDED_HEADER = "x-orderdeck-unattended";

/** No keyboard, pointer or touch input for this long: the page's own requests are unattended. */
export const UNATTENDED_AFTER_MS = 60_000;

export function isUnattended(headers: Headers): boolean {
  return headers.get(UNATTENDED_HEADER) === "1" || (headers.get("accept") ?? "").includes("text/event-stream");
}
