"use client";
// Signing out, then the login page. next-auth's browser client (some 9 kB gzipped, on every page) loads only when
// someone signs out.
export async function signOutToLogin(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/login" });
}
