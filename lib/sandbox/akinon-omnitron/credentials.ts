// The sandbox's fixed credentials for this platform: the demo connections and the tests use these; a request
// with anything else is refused the way the real platform refuses it.
export const CREDENTIALS = { username: "omnitron-sandbox", password: "omnitron-sandbox-password-8a14" } as const;
