// The undici Agents every upstream request goes through: one per allowPrivate value, shared by the whole
// process (kept on globalThis so Next's module reloads do not leak sockets). Each one checks the address it
// is about to dial: host names through guardedLookup, IP literals through guardLiteral (net.connect skips
// lookup for those).
import "server-only";
import { Agent, buildConnector } from "undici";
import { guardedLookup, guardLiteral } from "./guard";

const store = globalThis as typeof globalThis & { __orderdeckUpstreamAgents?: Map<boolean, Agent> };

function guardedConnector(allowPrivate: boolean): buildConnector.connector {
  const connect = buildConnector({ lookup: guardedLookup(allowPrivate) });
  return (options, callback) => {
    const refused = guardLiteral(options.hostname, allowPrivate);
    if (refused) callback(refused, null);
    else connect(options, callback);
  };
}

export function upstreamAgent(allowPrivate: boolean): Agent {
  store.__orderdeckUpstreamAgents ??= new Map();
  let agent = store.__orderdeckUpstreamAgents.get(allowPrivate);
  if (!agent) {
    agent = new Agent({ connect: guardedConnector(allowPrivate) });
    store.__orderdeckUpstreamAgents.set(allowPrivate, agent);
  }
  return agent;
}
