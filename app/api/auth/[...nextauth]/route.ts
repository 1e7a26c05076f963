// GET/POST /api/auth/* – next-auth's own sign-in, sign-out, session and CSRF endpoints
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { answerWithSignInExtras } from "@/lib/auth/sign-in-answer";

// A sign-in's answer also carries the known-device cookie, or Retry-After when the throttle makes it wait.
async function handler(req: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return answerWithSignInExtras(() => NextAuth(req as never, context as never, authOptions()));
}

export { handler as GET, handler as POST };
