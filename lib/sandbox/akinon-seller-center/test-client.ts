// Test helpers: a sandbox running only this platform, and a small HTTP client that sends what
// Seller Center requires (Content-Type: application/json, Authorization: Bearer ...).
import { expect } from "vitest";
import type { RunningSandbox } from "../core/server";
import { SANDBOX_CREDENTIALS } from "../credentials";
import { later, startForTests } from "../test-hooks";
import { startTestSandbox } from "../testing";
import { createAkinonSellerCenterSandbox } from "./index";

export const PLATFORM = "akinon-seller-center" as const;
export const CREDENTIALS = SANDBOX_CREDENTIALS[PLATFORM];

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** A clock the tests move by hand (token expiry, action timestamps). */
export class FakeClock {
  constructor(public ms = Date.now()) {}
  readonly now = () => this.ms;
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export async function startSellerCenter(
  options: {
    count?: number;
    seed?: number;
    clock?: FakeClock;
    tokenTtlSeconds?: number;
    variant?: Record<string, unknown>;
  } = {},
) {
  const clock = options.clock;
  const sandbox: RunningSandbox = await startTestSandbox({
    factories: { [PLATFORM]: (o) => createAkinonSellerCenterSandbox(o, clock ? { clock: clock.now } : {}) },
    count: options.count ?? 60,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.tokenTtlSeconds === undefined ? {} : { tokenTtlSeconds: options.tokenTtlSeconds }),
    ...(options.variant ? { variants: { [PLATFORM]: options.variant } } : {}),
  });
  return { sandbox, api: client(sandbox.baseUrl(PLATFORM)) };
}

/** A Seller Center sandbox and its client for the tests of one file (see later() on reading them). */
export function sellerCenterForTests(options: Parameters<typeof startSellerCenter>[0] = {}) {
  const started = startForTests(
    () => startSellerCenter(options),
    ({ sandbox }) => sandbox.stop(),
  );
  return { sandbox: later(() => started.sandbox), api: later(() => started.api) };
}

export type Client = ReturnType<typeof client>;

export function client(base: string, token: string = CREDENTIALS.accessToken) {
  const headers = (extra: Record<string, string> = {}) => ({
    "content-type": "application/json",
    authorization: `Bearer ${token}`,
    ...extra,
  });
  const request = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    fetch(path.startsWith("http") ? path : `${base}${path}`, {
      ...init,
      headers: init.headers ?? headers(),
      redirect: "manual",
    });
  async function json<T>(path: string): Promise<T> {
    const response = await request(path);
    if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  /** Every record of a (filtered) list, walking the `next` links. */
  async function all<T>(path: string): Promise<T[]> {
    const records: T[] = [];
    let url: string | null = `${path}${path.includes("?") ? "&" : "?"}limit=100`;
    while (url) {
      const page: Page<T> = await json<Page<T>>(url);
      records.push(...page.results);
      url = page.next;
    }
    return records;
  }
  return { base, headers, request, json, all };
}

/** Asserts that `query` returns exactly the records `predicate` picks from `all` (same order), and that it narrows. */
export async function expectFilter<T extends { id: string }>(
  api: Client,
  resource: string,
  all: readonly T[],
  query: string,
  predicate: (record: T) => boolean,
): Promise<void> {
  const got = (await api.all<T>(`/api/i1/${resource}/?${query}`)).map((record) => record.id);
  const expected = all.filter(predicate).map((record) => record.id);
  expect(expected.length, `${query} should match something`).toBeGreaterThan(0);
  expect(expected.length, `${query} should narrow`).toBeLessThan(all.length);
  expect(got, query).toEqual(expected);
}

/** Asserts a 400 with Django's per-field message. */
export async function expectInvalid(api: Client, path: string, errors: Record<string, string[]>): Promise<void> {
  const response = await api.request(path);
  expect(response.status, path).toBe(400);
  expect(await response.json(), path).toEqual(errors);
}
