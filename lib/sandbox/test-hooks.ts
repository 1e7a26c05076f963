// Test-only: what a test file starts once and stops at the end (a sandbox, a client around one), without each file
// declaring its own variables and beforeAll/afterAll hooks.
import { afterAll, beforeAll } from "vitest";
import type { RunningSandbox, SandboxConfig } from "./core/server";
import { startTestSandbox } from "./testing";

/**
 * Runs `start` before the tests of this file (or of the describe block it is called in) and `stop` after them. The
 * answer stands for the started value (see `later`).
 */
export function startForTests<T extends object>(start: () => Promise<T>, stop: (started: T) => Promise<unknown>): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started) await stop(started);
  });
  return later(() => {
    if (!started) throw new Error("read before beforeAll started it");
    return started;
  });
}

/**
 * A stand-in for the object `get` gives once the tests run: each member is read from it at the time of use. Read
 * members inside tests and hooks; at the top of a file nothing is started yet, so do not destructure it there.
 */
export function later<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const target = get();
      const member: unknown = Reflect.get(target, key);
      return typeof member === "function" ? member.bind(target) : member;
    },
  });
}

/** A sandbox for the tests of this file (startTestSandbox's defaults, then `config`). */
export function sandboxForTests(config: Partial<SandboxConfig> = {}): RunningSandbox {
  return startForTests(
    () => startTestSandbox(config),
    (sandbox) => sandbox.stop(),
  );
}
