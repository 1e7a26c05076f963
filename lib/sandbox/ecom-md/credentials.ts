// The sandbox's fixed credentials for this platform: the demo connections and the tests use these; a request
// with anything else is refused the way the real platform refuses it.
export const CREDENTIALS = {
  apiToken: "ecom-sandbox-api-token-7f3a",
  siteToken: "ecom-sandbox-site-token-51c9",
} as const;
