// The export streams at the reader's pace: a slow download holds a page, not the whole export, and reading
// it to the end gives every order exactly once. The page memory keeps at most a second of pages meanwhile.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderListQuery } from "../domain/query";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { exportCsv } from "./export";
import { rememberedPages } from "./page-cache";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(120);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

const upstreamCalls = () => fixture.sandbox.log.list({}).length;

describe("exporting orders", () => {
  it("reads the platforms only as fast as the download is read, and lists every order once", async () => {
    const stream = await exportCsv(fixture.handle.db, orderListQuery.parse({}));
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    for (let chunk = 0; chunk < 2; chunk++) text += decoder.decode((await reader.read()).value);
    // The stream refills the one page it keeps ahead, then waits for the reader.
    await sleep(300);
    const paused = upstreamCalls();
    await sleep(500);
    expect(upstreamCalls(), "no more pages read while the reader pauses").toBe(paused);

    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    const rows = text.trim().split("\r\n").slice(1);
    const keys = rows.map((row) => row.split(",").slice(0, 4).join(","));
    expect(new Set(keys).size).toBe(rows.length);
    // 120 generated orders per platform, plus each platform's seed examples.
    expect(rows.length).toBeGreaterThan(5 * 120);
    await sleep(1100);
    await exportCsv(fixture.handle.db, orderListQuery.parse({ limit: "5" }));
    expect(rememberedPages(), "expired pages are dropped").toBeLessThanOrEqual(10);
  }, 120_000);
});
