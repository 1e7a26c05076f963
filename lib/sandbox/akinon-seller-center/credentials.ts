// The sandbox's fixed credentials for this platform: the demo connections and the tests use these; a request
// with anything else is refused the way the real platform refuses it.
export const CREDENTIALS = {
  email: "seller@sandbox.test",
  password: "sc-sandbox-password-6e02",
  accessToken: "sc-sandbox-static-token-0d7b",
} as const;
