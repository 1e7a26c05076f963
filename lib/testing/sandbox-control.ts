// The sandbox's control API (lib/sandbox/core/control.ts) over HTTP, for one platform: its faults, a reset to
// the seed, and the request log a test reads to see what the adapter asked and how the platform answered.
import type { RunningSandbox } from "../sandbox/core/server";

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number | "hang";
}

async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${sandbox.url}/_sandbox/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

export function sandboxControl(platform: string) {
  const loggedRequests = async (sandbox: RunningSandbox): Promise<LoggedRequest[]> => {
    const response = await control(sandbox, "GET", `requests?platform=${platform}`);
    return ((await response.json()) as { requests: LoggedRequest[] }).requests;
  };
  return {
    /** Replaces the platform's faults (FaultSettings: error, hang and malformed rates, a rate limit, failPaths). */
    setFaults: async (sandbox: RunningSandbox, faults: Record<string, unknown>) => {
      await control(sandbox, "PUT", `faults/${platform}`, faults);
    },
    clearFaults: async (sandbox: RunningSandbox) => {
      await control(sandbox, "DELETE", `faults/${platform}`);
    },
    /** Back to the seed's orders, undoing the writes of earlier tests. */
    resetSandbox: async (sandbox: RunningSandbox) => {
      await control(sandbox, "POST", "reset", { platform });
    },
    clearLog: async (sandbox: RunningSandbox) => {
      await control(sandbox, "DELETE", "requests");
    },
    loggedRequests,
    /** The query parameters of every logged request. */
    loggedParams: async (sandbox: RunningSandbox) =>
      (await loggedRequests(sandbox)).map((entry) => new URLSearchParams(entry.query)),
    /** Whether the platform was asked with this parameter (at `path`, when given): a filter applied upstream. */
    askedWith: async (sandbox: RunningSandbox, name: string, value: string, path?: string) =>
      (await loggedRequests(sandbox)).some(
        (entry) => (path === undefined || entry.path === path) && new URLSearchParams(entry.query).get(name) === value,
      ),
  };
}
