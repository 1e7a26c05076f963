// A small django-filter: each filter reads its query parameter as Django's form field would (last value
// wins, surrounding whitespace stripped, an empty value means "no filter"), and an invalid value is
// reported as `{param: [message]}` with Django's wording. Unknown parameters are ignored, as django-filter does.
import {
  canonicalJson,
  compareDecimals,
  type Decimal,
  parseDate,
  parseDateTime,
  parseDecimal,
  parseUuid,
} from "./parse";

export type Test<R> = (record: R) => boolean;

export interface FilterSpec<R> {
  param: string;
  /** null = not filtering; a string = the validation message; else the predicate. */
  build(values: string[]): Test<R> | string | null;
}

const INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

function single<R>(param: string, make: (value: string) => Test<R> | string | null): FilterSpec<R> {
  return {
    param,
    build(values) {
      const value = values.at(-1)?.trim();
      return value === undefined || value === "" ? null : make(value);
    },
  };
}

export type TextLookup = "exact" | "iexact" | "contains" | "icontains";

export function text<R>(param: string, get: (r: R) => string | null, lookup: TextLookup = "exact"): FilterSpec<R> {
  return single(param, (value) => {
    const lower = value.toLowerCase();
    const matchers: Record<TextLookup, (field: string) => boolean> = {
      exact: (field) => field === value,
      iexact: (field) => field.toLowerCase() === lower,
      contains: (field) => field.includes(value),
      icontains: (field) => field.toLowerCase().includes(lower),
    };
    const matches = matchers[lookup];
    return (record) => {
      const field = get(record);
      return field !== null && matches(field);
    };
  });
}

type Comparison = "exact" | "lt" | "lte" | "gt" | "gte";

function compares(order: number, lookup: Comparison): boolean {
  if (lookup === "exact") return order === 0;
  if (lookup === "lt") return order < 0;
  if (lookup === "lte") return order <= 0;
  if (lookup === "gt") return order > 0;
  return order >= 0;
}

/** NumberFilter (a forms.DecimalField) over a decimal string or an integer field. */
export function number<R>(
  param: string,
  get: (r: R) => string | number | null,
  lookup: Comparison = "exact",
): FilterSpec<R> {
  return single(param, (value) => {
    const wanted = parseDecimal(value);
    if (!wanted) return "Enter a number.";
    return (record) => {
      const raw = get(record);
      const field: Decimal | null =
        typeof raw === "number" ? { n: BigInt(raw), scale: 0 } : raw === null ? null : parseDecimal(raw);
      return field !== null && compares(compareDecimals(field, wanted), lookup);
    };
  });
}

const RANGE: readonly Exclude<Comparison, "exact">[] = ["lt", "gt", "lte", "gte"];

export function numberRange<R>(field: string, get: (r: R) => string | number | null): FilterSpec<R>[] {
  return RANGE.map((lookup) => number(`${field}__${lookup}`, get, lookup));
}

/** IsoDateTimeFilter; `get` returns ms since epoch. */
export function dateTimeRange<R>(field: string, get: (r: R) => number | null): FilterSpec<R>[] {
  return RANGE.map((lookup) =>
    single<R>(`${field}__${lookup}`, (value) => {
      const wanted = parseDateTime(value);
      if (wanted === null) return "Enter a valid date/time.";
      return (record) => {
        const ms = get(record);
        return ms !== null && compares(Math.sign(ms * 1000 - wanted), lookup);
      };
    }),
  );
}

/** `<field>__date`: the UTC calendar day of a datetime. */
export function onDate<R>(param: string, get: (r: R) => number): FilterSpec<R> {
  return single(param, (value) => {
    const day = parseDate(value);
    if (day === null) return "Enter a valid date.";
    return (record) => Math.floor(get(record) / 86_400_000) === day;
  });
}

/** BooleanFilter with django-filter's BooleanWidget: true/false/1/0; anything else means no filter. */
export function bool<R>(param: string, get: (r: R) => boolean): FilterSpec<R> {
  return single(param, (value) => {
    const wanted = ({ true: true, "1": true, false: false, "0": false } as Record<string, boolean>)[
      value.toLowerCase()
    ];
    return wanted === undefined ? null : (record) => get(record) === wanted;
  });
}

export function uuid<R>(param: string, get: (r: R) => string): FilterSpec<R> {
  return single(param, (value) => {
    const wanted = parseUuid(value);
    return wanted === null ? "Enter a valid UUID." : (record) => get(record) === wanted;
  });
}

/** A UUIDFilter's `__in` lookup (django-filter's BaseInFilter): comma-separated values, any of them matches. */
export function uuidIn<R>(param: string, get: (r: R) => string): FilterSpec<R> {
  return single(param, (value) => {
    const wanted = value.split(",").map((part) => parseUuid(part));
    if (wanted.some((id) => id === null)) return "Enter a valid UUID.";
    const ids = new Set(wanted);
    return (record) => ids.has(get(record));
  });
}

/** The ids a foreign key may name (a Set of them, or a Map by id). */
export interface Known {
  has(id: string): boolean;
}

/** ModelChoiceFilter (a foreign key): the value must name an existing object. */
export function foreignKey<R>(param: string, get: (r: R) => string, known: Known): FilterSpec<R> {
  return single(param, (value) => {
    const wanted = parseUuid(value);
    if (wanted === null || !known.has(wanted)) return INVALID_CHOICE;
    return (record) => get(record) === wanted;
  });
}

/** ModelMultipleChoiceFilter (many-to-many): repeat the parameter; a record matches any of the values. */
export function manyToMany<R>(param: string, get: (r: R) => readonly string[], known: Known): FilterSpec<R> {
  return {
    param,
    build(values) {
      const given = values.map((value) => value.trim()).filter((value) => value !== "");
      if (given.length === 0) return null;
      const ids: string[] = [];
      for (const value of given) {
        const id = parseUuid(value);
        if (id === null) return `“${value}” is not a valid value.`;
        ids.push(id);
      }
      const missing = given.find((_, i) => !known.has(ids[i] ?? ""));
      if (missing !== undefined) return `Select a valid choice. ${missing} is not one of the available choices.`;
      return (record) => get(record).some((id) => ids.includes(id));
    },
  };
}

/** ChoiceFilter over a model field with choices. */
export function choice<R>(param: string, get: (r: R) => string, choices: readonly string[]): FilterSpec<R> {
  return single(param, (value) =>
    choices.includes(value)
      ? (record) => get(record) === value
      : `Select a valid choice. ${value} is not one of the available choices.`,
  );
}

/** A JSONField compared for equality with the given JSON document. */
export function json<R>(param: string, get: (r: R) => unknown): FilterSpec<R> {
  return single(param, (value) => {
    let wanted: string;
    try {
      wanted = canonicalJson(JSON.parse(value));
    } catch {
      return "Enter a valid JSON.";
    }
    return (record) => canonicalJson(get(record)) === wanted;
  });
}

/** Runs every spec against the query: the predicates, or all validation errors at once (one 400). */
export function buildFilters<R>(
  specs: readonly FilterSpec<R>[],
  query: URLSearchParams,
): { tests: Test<R>[]; errors?: undefined } | { errors: Record<string, string[]> } {
  const tests: Test<R>[] = [];
  const errors: Record<string, string[]> = {};
  for (const spec of specs) {
    const values = query.getAll(spec.param);
    if (values.length === 0) continue;
    const built = spec.build(values);
    if (typeof built === "string") errors[spec.param] = [built];
    else if (built) tests.push(built);
  }
  return Object.keys(errors).length > 0 ? { errors } : { tests };
}
