// HS256 JSON Web Tokens as djangorestframework-simplejwt issues them (claims token_type, exp, iat, jti, user_id).
// Stateless on purpose: a token stays valid across a sandbox reset, like a real JWT across deploys.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { SELLER_USER_ID } from "./constants";

const SIGNING_KEY = "akinon-seller-center-sandbox-signing-key";
const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

export type TokenType = "access" | "refresh";
export type Clock = () => number;

function sign(input: string): string {
  return createHmac("sha256", SIGNING_KEY).update(input).digest("base64url");
}

export function issueToken(type: TokenType, ttlSeconds: number, clock: Clock): string {
  const nowMs = clock();
  const payload = {
    token_type: type,
    // simplejwt: exp = floor(now + lifetime), so a token lives slightly under its lifetime.
    exp: Math.floor((nowMs + ttlSeconds * 1000) / 1000),
    iat: Math.floor(nowMs / 1000),
    jti: randomBytes(16).toString("hex"),
    user_id: SELLER_USER_ID,
  };
  const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
  return `${body}.${sign(body)}`;
}

/** simplejwt's messages (5.3+): "Token is invalid", "Token is expired", "Token has wrong type". */
export type TokenProblem = "Token is invalid" | "Token is expired" | "Token has wrong type";

export function verifyToken(token: string, expected: TokenType, clock: Clock): TokenProblem | null {
  const [header, payload, signature, ...rest] = token.split(".");
  if (!header || !payload || signature === undefined || rest.length > 0) return "Token is invalid";
  const expectedSignature = Buffer.from(sign(`${header}.${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expectedSignature.length || !timingSafeEqual(given, expectedSignature))
    return "Token is invalid";
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return "Token is invalid";
  }
  if (typeof claims !== "object" || claims === null) return "Token is invalid";
  const { exp, token_type: tokenType } = claims as { exp?: unknown; token_type?: unknown };
  if (typeof exp !== "number" || clock() / 1000 >= exp) return "Token is expired";
  if (tokenType !== expected) return "Token has wrong type";
  return null;
}
