// The sandbox's fixed credentials for this platform: the demo connections and the tests use these; a request
// with anything else is refused the way the real platform refuses it.
export const CREDENTIALS = { token: "retailys-sandbox-token-c3f5" } as const;
