// Runs once when the server starts. The Node-only start-up lives in its own modules so the Edge
// build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before anything else: requests arriving from now on carry their socket's address (lib/auth/client-ip.ts).
  (await import("./lib/auth/peer-address")).installPeerAddressStamp();
  await import("./lib/startup");
}
