import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { STAGES } from "@/lib/domain/order";
import { type OrderListQuery, orderListQuery } from "@/lib/domain/query";
import { ORDER_SORTS } from "@/lib/domain/query-rules";
import { hasActiveFilters, orderListSearch, parseOrderListSearch } from "./order-list-search";

const LISTS = ["connection", "stage", "status"] as const;
const SCALARS = ["q", "from", "to", "minTotal", "maxTotal", "currency", "erp", "sort", "limit", "cursor"] as const;
type Key = (typeof LISTS)[number] | (typeof SCALARS)[number];

const ID_A = "0b7f6f1e-3c1a-4d2e-9f0a-1b2c3d4e5f60";
const ID_B = "7d9e2c4b-5a6f-4b8c-a1d2-e3f405162738";

/** Values as links and people write them: valid ones, near misses and junk. */
const VALUES: Record<Key, fc.Arbitrary<string>> = {
  connection: fc.constantFrom(ID_A, ID_B, ID_A.toUpperCase(), "not-a-uuid", "", ` ${ID_B} `),
  stage: fc.constantFrom(...STAGES, "Shipped", "lost", ""),
  status: fc.oneof(fc.constantFrom("550", "in_collection", "Approve Waiting", ""), fc.string({ maxLength: 70 })),
  q: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("  jane@example.com ", "x".repeat(201), "a+b&c=d")),
  from: fc.constantFrom("2026-11-01", "2026-11-01T00:00:00+02:00", "2026-02-30", "2026-11-01T00:00Z", "soon", ""),
  to: fc.constantFrom("2026-11-30", "2026-11-30T23:59:59.999Z", "2026-10-01", "2024-02-29", "2023-02-29", "x"),
  minTotal: fc.constantFrom("100", "99.90", "12.", "-5", "1,000", " 7 ", "0.12345"),
  maxTotal: fc.constantFrom("500", "50", "1e3", "250.5"),
  currency: fc.constantFrom("RON", "ron", "eu", "EURO", " usd "),
  erp: fc.constantFrom("sent", "unsent", "SENT", "maybe"),
  sort: fc.constantFrom(...ORDER_SORTS, "newest", ""),
  limit: fc.constantFrom("25", "50", "100", "0", "101", "7.5", "abc", " 30 "),
  cursor: fc.constantFrom("eyJrIjpbIjIwMjYiXX0", "c+d/e=", "x".repeat(4001)),
};

const params = fc
  .record(
    Object.fromEntries(
      [...LISTS, ...SCALARS].map((key) => [
        key,
        LISTS.includes(key as (typeof LISTS)[number])
          ? fc.oneof(
              fc.array(VALUES[key], { maxLength: 3 }).map((items) => [items.join(",")]),
              fc.array(VALUES[key], { maxLength: 3 }),
            )
          : VALUES[key].map((value) => [value]),
      ]),
    ) as Record<Key, fc.Arbitrary<string[]>>,
    { requiredKeys: [] },
  )
  .map((record) => {
    const search = new URLSearchParams();
    for (const [key, values] of Object.entries(record)) for (const value of values) search.append(key, value);
    return search;
  });

/**
 * What the API's schema makes of a link when each bad part is dropped on its own: a list keeps the items the
 * schema accepts one by one, a parameter stays when the schema accepts it alone, and a backwards pair loses
 * its upper end, as the schema's refinements say.
 */
function domainReading(search: URLSearchParams): OrderListQuery {
  const input: Record<string, string | string[]> = {};
  for (const key of LISTS) {
    const items = search
      .getAll(key)
      .flatMap((value) => value.split(","))
      .map((item) => item.trim())
      .filter((item) => item !== "" && orderListQuery.safeParse({ [key]: item }).success);
    if (items.length > 0) input[key] = items;
  }
  for (const key of SCALARS) {
    const value = search.get(key)?.trim();
    if (value && orderListQuery.safeParse({ [key]: value }).success) input[key] = value;
  }
  for (;;) {
    const parsed = orderListQuery.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete input[String(issue.path[0])];
  }
}

describe("the list's URL", () => {
  test("means what the API's schema says it means, parameter by parameter", () => {
    fc.assert(
      fc.property(params, (search) => {
        expect(parseOrderListSearch(search)).toEqual(domainReading(search));
      }),
      { numRuns: 3000 },
    );
  });

  test("the canonical search string reads back as the same query, in the browser and in the API", () => {
    fc.assert(
      fc.property(params, (search) => {
        const query = parseOrderListSearch(search);
        const canonical = orderListSearch(query);
        expect(parseOrderListSearch(canonical)).toEqual(query);
        expect(orderListQuery.parse(Object.fromEntries(new URLSearchParams(canonical)))).toEqual(query);
        expect(orderListSearch(parseOrderListSearch(canonical))).toBe(canonical);
      }),
      { numRuns: 3000 },
    );
  });

  test("keys in a fixed order, defaults left out, lists as comma lists", () => {
    const query = parseOrderListSearch(`limit=25&stage=shipped&connection=${ID_A}&connection=${ID_B}&sort=placed_desc`);
    expect(orderListSearch(query)).toBe(`connection=${ID_A},${ID_B}&stage=shipped&limit=25`);
    expect(orderListSearch(parseOrderListSearch("limit=50"))).toBe("");
    expect(orderListSearch({ ...query, cursor: "a+b c" })).toBe(
      `connection=${ID_A},${ID_B}&stage=shipped&limit=25&cursor=a%2Bb+c`,
    );
  });

  test("a bad item of a list is left out, the rest of the link still applies", () => {
    expect(parseOrderListSearch("stage=shipped,lost&minTotal=12.&currency=ron")).toMatchObject({
      stage: ["shipped"],
      minTotal: undefined,
      currency: "RON",
    });
  });

  test("filters are active when anything narrows or reorders the list, not for the page size", () => {
    expect(hasActiveFilters(parseOrderListSearch("limit=25&cursor=abc"))).toBe(false);
    expect(hasActiveFilters(parseOrderListSearch("sort=placed_asc"))).toBe(true);
    expect(hasActiveFilters(parseOrderListSearch("stage=shipped"))).toBe(true);
  });
});
