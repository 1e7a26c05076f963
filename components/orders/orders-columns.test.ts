import { describe, expect, test } from "vitest";
import type { CellIntl } from "./order-cells";
import { DEFAULT_COLUMN_ORDER, orderColumns } from "./orders-columns";

describe("the order columns", () => {
  test("are built in the order DEFAULT_COLUMN_ORDER names, which the layout and 'Reset columns' use", () => {
    const intl = { t: (key: string) => key, locale: "en" } as unknown as CellIntl;
    expect(orderColumns(intl).map((column) => column.id)).toEqual(DEFAULT_COLUMN_ORDER);
  });
});
