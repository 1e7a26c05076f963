// GET/POST /api/auth/* – next-auth's own sign-in, sign-out, session and CSRF endpoints
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

async function handler(req: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
