// What a sign-in adds to next-auth's own answer: the known-device cookie after a success, and Retry-After when
// the throttle makes the caller wait. next-auth's `authorize` can only return a user or throw, so it leaves both
// here, in the store of the request being answered (app/api/auth/[...nextauth]/route.ts), and the route puts
// them on the response.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

interface SignInAnswer {
  setCookies: string[];
  retryAfterSeconds?: number;
}

const store = new AsyncLocalStorage<SignInAnswer>();

/** The answer being built for this request, when it is one of next-auth's (else undefined: nothing to add). */
export function signInAnswer(): SignInAnswer | undefined {
  return store.getStore();
}

/** Runs next-auth's handler and adds what the sign-in left for its answer. */
export async function answerWithSignInExtras(handle: () => Promise<Response>): Promise<Response> {
  const extras: SignInAnswer = { setCookies: [] };
  const response = await store.run(extras, handle);
  if (extras.setCookies.length === 0 && extras.retryAfterSeconds === undefined) return response;
  const headers = new Headers(response.headers);
  for (const cookie of extras.setCookies) headers.append("set-cookie", cookie);
  if (extras.retryAfterSeconds !== undefined) headers.set("retry-after", String(extras.retryAfterSeconds));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
