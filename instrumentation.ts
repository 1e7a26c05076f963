// Runs once when the server starts. The Node-only start-up lives in its own module so the Edge
// build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup");
}
