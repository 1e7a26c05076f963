// The catalogue look-ups against the sandbox: the site token on stores/regions/settlements/sectors/products,
// the API token on promo codes and the delivery address; names in the connection's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../../sandbox/core/server";
import { ecomMdCatalogue as catalogue } from "./index";
import { connectionFor, contextFor, failure, startEcomSandbox } from "./test-helpers";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startEcomSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

function setup(language = "ro") {
  const conn = connectionFor(sandbox, { options: { language } });
  return { conn, ctx: contextFor(conn) };
}

describe("ecom-md catalogue", () => {
  it("stores, and the stores of one group", async () => {
    const { conn, ctx } = setup();
    const stores = await catalogue.stores(conn, ctx);
    expect(stores).toContainEqual({ id: "2", name: "Magazin Centru", address: "str. Ștefan cel Mare 12" });
    const group2 = await catalogue.stores(conn, ctx, "2");
    expect(group2.length).toBeGreaterThan(0);
    expect(group2.length).toBeLessThan(stores.length);
  });

  it("regions, settlements of a region, sectors — localized", async () => {
    const { conn, ctx } = setup();
    const regions = await catalogue.regions(conn, ctx);
    expect(regions).toContainEqual({ id: "101", name: "mun. Chișinău" });
    const settlements = await catalogue.settlements(conn, ctx, "101");
    expect(settlements).toContainEqual({ id: "63933", name: "Chișinău", zipCode: "2068" });
    const sectors = await catalogue.sectors(conn, ctx);
    expect(sectors.some((s) => s.id === "11")).toBe(true);
    const ru = setup("ru");
    expect(await catalogue.regions(ru.conn, ru.ctx)).toContainEqual({ id: "101", name: "мун. Кишинёв" });
  });

  it("product search by code or name, with MDL prices", async () => {
    const { conn, ctx } = setup();
    const found = await catalogue.searchProducts(conn, ctx, "BAT-DUR");
    expect(found).toContainEqual({
      id: "104392",
      name: "Baterii Duracell AA x4",
      code: "BAT-DUR-AA4",
      price: { amount: "94.00", currency: "MDL" },
    });
    expect(await catalogue.searchProducts(conn, ctx, "   ")).toEqual([]);
  });

  it("promo codes (API token)", async () => {
    const { conn, ctx } = setup();
    const promos = await catalogue.promoCodes(conn, ctx);
    expect(promos.length).toBeGreaterThan(0);
    expect(promos.every((p) => p.id && p.code && p.name)).toBe(true);
  });

  it("delivery address of an order (API token)", async () => {
    const { conn, ctx } = setup();
    expect(await catalogue.deliveryAddress(conn, ctx, "294")).toEqual({
      id: "236154",
      text: "str. Alecu Russo 15/2, ap. 41",
      zipCode: "2068",
      regionId: "101",
      localityId: "63933",
      sectorId: "11",
      storeId: null,
      type: "street",
    });
  });

  it("a wrong site token is refused on the look-ups, naming the site token", async () => {
    const conn = connectionFor(sandbox, { credentials: { siteToken: "nope-nope" } });
    expect(await failure(catalogue.regions(conn, contextFor(conn)))).toMatchObject({
      kind: "auth",
      message: "Invalid token. (site token)",
    });
  });

  it("an unknown region is not_found", async () => {
    const { conn, ctx } = setup();
    expect((await failure(catalogue.settlements(conn, ctx, "999"))).kind).toBe("not_found");
  });
});
