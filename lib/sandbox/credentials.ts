// The sandbox's fixed demo credentials, one set per platform. The demo connections and the
// tests use these; a request with anything else is refused the way the real platform refuses it.
export const SANDBOX_CREDENTIALS = {
  "ecom-md": { apiToken: "ecom-sandbox-api-token-7f3a", siteToken: "ecom-sandbox-site-token-51c9" },
  merchantpro: { apiKey: "mp-sandbox-key-2b81", apiSecret: "mp-sandbox-secret-94de" },
  "akinon-seller-center": {
    email: "seller@sandbox.test",
    password: "sc-sandbox-password-6e02",
    accessToken: "sc-sandbox-static-token-0d7b",
  },
  retailys: { token: "retailys-sandbox-token-c3f5" },
  "akinon-omnitron": { username: "omnitron-sandbox", password: "omnitron-sandbox-password-8a14" },
} as const;
