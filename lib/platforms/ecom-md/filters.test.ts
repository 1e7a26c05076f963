// AdapterQuery → ECOM.md list parameters, and our page cursor.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, FILTERS, listParams, SORTS } from "./filters";

describe("ecom-md list parameters", () => {
  it("the seed's example: ordering=-created_at & created_after in Unix seconds (with our one-second slack)", () => {
    const { query } = listParams({ from: new Date(1741710342 * 1000).toISOString(), sort: "placed_desc" }, 1, 50);
    expect(query).toEqual({ page: 1, page_size: 50, ordering: "-created_at", created_after: 1741710341 });
  });

  it("statuses go as a snake_case comma list, whatever form they came in", () => {
    const { query } = listParams({ statuses: ["new", "incollection", "done"], sort: "placed_asc" }, 2, 10);
    expect(query).toMatchObject({ status: "new,in_collection,done", ordering: "created_at", page: 2 });
  });

  it("stages become their statuses; with statuses too, the intersection", () => {
    expect(listParams({ stages: ["shipped"], sort: "placed_desc" }, 1, 10).query.status).toBe(
      "at_courier_sort_center,on_delivery,delivery_date_moved",
    );
    expect(
      listParams({ stages: ["pending"], statuses: ["new", "done"], sort: "placed_desc" }, 1, 10).query.status,
    ).toBe("new");
    expect(listParams({ stages: ["pending"], statuses: ["done"], sort: "placed_desc" }, 1, 10).empty).toBe(true);
  });

  it("declares only what the platform filters and sorts natively", () => {
    expect([...FILTERS].sort()).toEqual(["stage", "status"]);
    expect([...SORTS].sort()).toEqual(["placed_asc", "placed_desc"]);
    expect(listParams({ sort: "total_desc" }, 1, 10).query.ordering).toBe("-created_at");
  });

  it("cursor keeps page and size; the first page asks for the limit within 1..5000", () => {
    expect(decodeCursor(null, 25)).toEqual({ page: 1, size: 25 });
    expect(decodeCursor(null, 99_999)).toEqual({ page: 1, size: 5000 });
    expect(decodeCursor(encodeCursor(3, 25), 40)).toEqual({ page: 3, size: 25 });
    expect(decodeCursor("garbage", 10)).toEqual({ page: 1, size: 10 });
  });
});
