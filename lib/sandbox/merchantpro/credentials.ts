// The sandbox's fixed credentials for this platform: the demo connections and the tests use these; a request
// with anything else is refused the way the real platform refuses it.
export const CREDENTIALS = { apiKey: "mp-sandbox-key-2b81", apiSecret: "mp-sandbox-secret-94de" } as const;
