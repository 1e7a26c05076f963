// Retailys has no sort parameter: the order an instance pages in is detected, not trusted (assumed.ts). The list
// merges connections newest first, so an instance that pages oldest first is walked from its last page back.
import "server-only";
import { credentialsFingerprint } from "../session-cache";
import type { Connection } from "../types";
import { DIRECTION_TTL_MS } from "./assumed";

export type Direction = "newest-first" | "oldest-first";

/** Within one page: most neighbours ascending → oldest first, most descending → newest first, else unknown. */
export function directionWithin(times: readonly number[]): Direction | null {
  let balance = 0;
  for (let i = 1; i < times.length; i++) balance += Math.sign(times[i]! - times[i - 1]!);
  return balance > 0 ? "oldest-first" : balance < 0 ? "newest-first" : null;
}

/**
 * The instance's paging order from the dateOrder times of page 1 and of the last page, in the order the wire
 * sent them: pages that do not overlap decide; else the order within the pages; else unknown.
 */
export function detectDirection(first: readonly number[], last: readonly number[]): Direction | null {
  if (first.length > 0 && last.length > 0) {
    const [firstMin, firstMax] = [Math.min(...first), Math.max(...first)];
    const [lastMin, lastMax] = [Math.min(...last), Math.max(...last)];
    if (lastMax <= firstMin && lastMin < firstMax) return "newest-first";
    if (lastMin >= firstMax && lastMax > firstMin) return "oldest-first";
  }
  return directionWithin(first) ?? directionWithin(last);
}

interface Finding {
  fingerprint: string;
  at: number;
  direction: Direction;
}

// Per connection id, briefly: an instance does not change its order, but an edited connection may be another one.
const store = globalThis as typeof globalThis & { __orderdeckRetailysDirections?: Map<string, Finding> };
store.__orderdeckRetailysDirections ??= new Map();
const findings = store.__orderdeckRetailysDirections;

const fingerprintOf = (conn: Connection) => credentialsFingerprint({ ...conn.credentials, "@baseUrl": conn.baseUrl });

export function knownDirection(conn: Connection): Direction | null {
  const hit = findings.get(conn.id);
  if (!hit || hit.fingerprint !== fingerprintOf(conn) || Date.now() - hit.at >= DIRECTION_TTL_MS) return null;
  return hit.direction;
}

export function rememberDirection(conn: Connection, direction: Direction): void {
  findings.set(conn.id, { fingerprint: fingerprintOf(conn), at: Date.now(), direction });
}
