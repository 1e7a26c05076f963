// Item 8 of issue #10: Retailys shipper ids are the instance's own. The connection's `carriers` option maps names
// to them (parsed leniently, validated with a clear message), feeds the add-tracking form's choices, and a
// carrier that is neither a mapped name nor a number is refused before anything is sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../../sandbox/core/server";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { carrierChoices, carrierName, parseCarrierList, shipperIdFor } from "./carriers";
import { retailysAdapter as adapter } from "./index";

const { connectionTo, contextFor, loggedRequests, startSandbox } = adapterHarness(adapter);

describe("the carriers option", () => {
  const options = (carriers: unknown) => adapter.optionsSchema.safeParse({ carriers });

  it("reads name=id pairs leniently and stores them tidily", () => {
    expect(options("PPL=7, DPD=12, Zásilkovna=31").data?.carriers).toBe("PPL=7, DPD=12, Zásilkovna=31");
    expect(options(" PPL = 7 ;DPD:12\n31=Zásilkovna,, ").data?.carriers).toBe("PPL=7, DPD=12, Zásilkovna=31");
    expect(options("Česká pošta=007").data?.carriers).toBe("Česká pošta=7");
    expect(options("").success && options("").data?.carriers).toBeUndefined();
    expect(options("  ").data?.carriers).toBeUndefined();
  });

  it.each([
    ["PPL", '"PPL" has no shipper id'],
    ["PPL=seven", "the shipper id must be a whole number"],
    ["PPL=0", "the shipper id must be a whole number"],
    ["PPL=7, ppl=8", '"ppl" is listed twice'],
  ])("refuses %j with a message naming the pair", (text, message) => {
    const parsed = options(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["carriers"], message: expect.stringContaining(message) });
  });

  it("describes itself in the connection form", () => {
    const field = adapter.optionFields.find((f) => f.name === "carriers");
    expect(field?.help).toMatch(/shipper id/);
    expect(field?.help).toMatch(/without them you type/);
  });
});

describe("actionChoices", () => {
  const conn = (options: Record<string, string>) => ({
    id: "c",
    name: "R",
    platform: "retailys" as const,
    baseUrl: "https://api.retailys.com",
    credentials: { token: "t" },
    options,
  });
  const choices = (options: Record<string, string>) => adapter.actionChoices!(conn(options), undefined as never);

  it("lists the connection's carriers by shipper id", async () => {
    expect(await choices({ carriers: "PPL=7, DPD=12" })).toEqual({
      carrier: [
        { code: "7", label: "PPL" },
        { code: "12", label: "DPD" },
      ],
    });
  });

  it("offers none without a mapping, so the form asks for the shipper id as text", async () => {
    expect(await choices({})).toEqual({});
    expect(await choices({ carriers: "not a list" })).toEqual({});
  });

  it("keeps one choice per shipper id", () => {
    const entries = parseCarrierList("Zásilkovna=31, Packeta=31");
    expect("entries" in entries && carrierChoices(entries.entries)).toEqual([{ code: "31", label: "Zásilkovna" }]);
  });
});

describe("shipperIdFor", () => {
  const entries = [
    { name: "PPL", shipperId: "7" },
    { name: "Zásilkovna", shipperId: "31" },
  ];

  it("takes a shipper id as typed and a mapped name (or a well-known alias of one)", () => {
    expect(shipperIdFor("1", [])).toBe(1);
    expect(shipperIdFor(" 12 ", entries)).toBe(12);
    expect(shipperIdFor("ppl", entries)).toBe(7);
    expect(shipperIdFor("ZASILKOVNA", entries)).toBe(31);
    expect(shipperIdFor("Packeta", entries)).toBe(31);
  });

  it("takes back the label an order shows for an unmapped shipper id", () => {
    expect(shipperIdFor("Shipper 4", [])).toBe(4);
    expect(shipperIdFor(carrierName("9", null, entries) ?? "", entries)).toBe(9);
    expect(() => shipperIdFor("Shipper", [])).toThrow(/needs the carrier's shipper id/);
    expect(() => shipperIdFor("Shipper 0", [])).toThrow(/needs the carrier's shipper id/);
  });

  it("never sends a made-up id for a carrier name the connection does not map", () => {
    expect(() => shipperIdFor("DPD", entries)).toThrow(
      '"DPD" is not one of this connection\'s carriers (PPL, Zásilkovna); choose one or enter the Retailys shipper id',
    );
    expect(() => shipperIdFor("PPL", [])).toThrow(/needs the carrier's shipper id/);
    expect(() => shipperIdFor("", entries)).toThrow("Choose the carrier: PPL, Zásilkovna");
    expect(() => shipperIdFor(undefined, [])).toThrow(/Enter the carrier's Retailys shipper id/);
  });
});

describe("add-tracking over HTTP", () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.stop());

  it("refuses an unmapped carrier name before any POST", async () => {
    const conn = connectionTo(sandbox, { options: { carriers: "PPL=5" } });
    const before = (await loggedRequests(sandbox)).length;
    const action = { type: "add-tracking" as const, trackingNumber: "X1", carrier: "DPD" };
    const error = await failure(adapter.perform(conn, "100002", action, contextFor(conn)));
    expect(error).toMatchObject({ kind: "refused", message: expect.stringContaining('"DPD" is not one of') });
    const after = (await loggedRequests(sandbox)).slice(before);
    expect(after.filter((r) => r.method === "POST")).toEqual([]);
  });
});
