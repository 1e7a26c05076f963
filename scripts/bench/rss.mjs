// Resident memory of a process and its children (next start runs its server in a child), from /proc.
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";

function rssKb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return Number(line?.match(/\d+/)?.[0] ?? 0);
  } catch {
    return 0;
  }
}

function descendants(pid) {
  try {
    const children = execSync(`pgrep -P ${pid}`, { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
    return children.flatMap((child) => [child, ...descendants(child)]);
  } catch {
    return [];
  }
}

/** MB, the process tree together. */
export function treeRssMb(pid) {
  return Math.round([pid, ...descendants(pid)].reduce((sum, p) => sum + rssKb(p), 0) / 1024);
}
