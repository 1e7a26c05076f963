// The event stream's clock. Mutable for tests, which cannot wait a minute for a re-check.
export const liveStreamTimings = {
  /** Sent as `retry:`: how long the browser waits before reconnecting after a drop. */
  retryMs: 3_000,
  /** A comment this often keeps proxies (and the browser) from closing an idle stream; most give up after 30-60 s. */
  heartbeatMs: 25_000,
  /** How often an open stream checks that its caller may still listen (signed out, deactivated, role changed). */
  recheckMs: 60_000,
};
