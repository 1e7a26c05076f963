// The catalogue look-ups (site token) and promo codes (API token): shapes, filters, localized fields.
import { describe, expect, it } from "vitest";
import seedUpsert from "./seed-examples/upsert-294.json" with { type: "json" };
import { API, ecomMdForTests, getJson, type PageJson, SITE } from "./test-helpers";

const { base } = ecomMdForTests();

type Named = { id: number; name: string; name_ro: string; name_ru: string; name_en: string; name_uk: string };

describe("ecom-md stores", () => {
  it("are a bare JSON array; ?group= keeps one group's stores", async () => {
    const all = await getJson<(Named & { group: number })[]>(`${base()}/external/shop/`, SITE);
    expect(Array.isArray(all.body)).toBe(true);
    expect(new Set(all.body.map((s) => s.group)).size).toBeGreaterThan(1);
    for (const group of [1, 2]) {
      const some = await getJson<(Named & { group: number })[]>(`${base()}/external/shop/?group=${group}`, SITE);
      expect(some.body.length).toBeGreaterThan(0);
      expect(some.body.every((s) => s.group === group)).toBe(true);
      expect(some.body.map((s) => s.id)).toEqual(all.body.filter((s) => s.group === group).map((s) => s.id));
    }
    expect((await getJson<unknown[]>(`${base()}/external/shop/?group=99`, SITE)).body).toEqual([]);
    expect(await getJson(`${base()}/external/shop/?group=abc`, SITE)).toEqual({
      status: 400,
      body: { group: ["Enter a number."] },
    });
  });
});

describe("ecom-md geography", () => {
  it("regions come in a DRF page, named in the request's language", async () => {
    const ro = await getJson<PageJson<Named>>(`${base()}/external/region/`, SITE);
    expect(ro.body.count).toBe(ro.body.results.length);
    const chisinau = ro.body.results.find((r) => r.id === 101)!;
    expect(chisinau.name).toBe("mun. Chișinău");
    const uk = await getJson<PageJson<Named>>(`${base()}/external/region/`, { ...SITE, "Accept-Language": "uk" });
    expect(uk.body.results.find((r) => r.id === 101)).toEqual({ ...chisinau, name: chisinau.name_uk });
  });

  it("localities belong to their region; an unknown region is 404", async () => {
    const res = await getJson<PageJson<Named & { region_id: number; zip_code: number }>>(
      `${base()}/external/region/101/locality/`,
      SITE,
    );
    expect(res.body.results.every((l) => l.region_id === 101)).toBe(true);
    expect(res.body.results.find((l) => l.id === 63933)?.name).toBe("Chișinău");
    const balti = await getJson<PageJson<Named & { region_id: number }>>(
      `${base()}/external/region/102/locality/`,
      SITE,
    );
    expect(balti.body.results.every((l) => l.region_id === 102)).toBe(true);
    expect(await getJson(`${base()}/external/region/999/locality/`, SITE)).toEqual({
      status: 404,
      body: { detail: "Not found." },
    });
  });

  it("sectors are Chișinău's five, and the seed's ids all exist", async () => {
    const sectors = await getJson<PageJson<Named>>(`${base()}/external/sector/`, SITE);
    expect(sectors.body.results.map((s) => s.name_ro)).toEqual([
      "Botanica",
      "Buiucani",
      "Centru",
      "Ciocana",
      "Rîșcani",
    ]);
    const [example] = seedUpsert;
    expect(sectors.body.results.some((s) => s.id === example!.address.sector)).toBe(true);
    const shops = await getJson<{ id: number }[]>(`${base()}/external/shop/`, SITE);
    expect(shops.body.some((s) => s.id === example!.shop)).toBe(true);
  });
});

describe("ecom-md products and promo codes", () => {
  type ProductJson = Named & { code: string; price: string };
  const search = async (text: string, lang = "ro") =>
    (
      await getJson<PageJson<ProductJson>>(`${base()}/external/product/?search=${encodeURIComponent(text)}`, {
        ...SITE,
        "Accept-Language": lang,
      })
    ).body.results;

  it("search finds by id, by code and by name in any language", async () => {
    const byId = await search("104392");
    expect(byId.map((p) => p.id)).toEqual([104392]);
    expect(byId[0]).toMatchObject({ code: "BAT-DUR-AA4", price: "94.00", name: "Baterii Duracell AA x4" });
    expect((await search("bat-dur")).map((p) => p.id)).toEqual([104392]);
    const tvs = await search("телевизор");
    expect(tvs.length).toBeGreaterThan(1);
    expect(tvs.every((p) => p.name_ru.startsWith("Телевизор"))).toBe(true);
    expect((await search("samsung tv", "en")).every((p) => p.name === p.name_en && /Samsung/.test(p.name))).toBe(true);
    expect(await search("no-such-thing")).toEqual([]);
  });

  it("promo codes are listed with the API token, code 1 being the seed's", async () => {
    const res = await getJson<PageJson<{ id: number; code: string; discount_type: string; is_active: boolean }>>(
      `${base()}/external/promocode/`,
      API,
    );
    expect(res.status).toBe(200);
    expect(res.body.results.find((p) => p.id === seedUpsert[0]!.promocode)).toMatchObject({
      code: "BINEVENIT10",
      discount_type: "percent",
      is_active: true,
    });
  });
});
