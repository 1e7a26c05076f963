// DRF serializer fields as small parsers, with DRF's own error messages.

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, errors: [message] });

/** The Python type name DRF puts in "Incorrect type" messages. */
export function pyType(value: unknown): string {
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (Array.isArray(value)) return "list";
  if (value === null) return "NoneType";
  return "dict";
}

export const REQUIRED = "This field is required.";
export const NOT_NULL = "This field may not be null.";

export function integer(value: unknown, min?: number): Parsed<number> {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
  // IntegerField accepts "12" and 12.0, not 12.5 or true.
  if (text === null || !/^-?\d+(\.0*)?$/.test(text)) return fail("A valid integer is required.");
  const n = Number.parseInt(text, 10);
  if (min !== undefined && n < min) return fail(`Ensure this value is greater than or equal to ${min}.`);
  return ok(n);
}

/** DecimalField in MDL → integer cents. */
export function decimalCents(value: unknown): Parsed<number> {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
  if (text === null || !/^\d+(\.\d{1,2})?$/.test(text)) {
    if (text !== null && /^-\d/.test(text)) return fail("Ensure this value is greater than or equal to 0.");
    if (text !== null && /^\d+\.\d{3,}$/.test(text))
      return fail("Ensure that there are no more than 2 decimal places.");
    return fail("A valid number is required.");
  }
  const [whole = "0", fraction = ""] = text.split(".");
  return ok(Number(whole) * 100 + Number(fraction.padEnd(2, "0")));
}

export function string(value: unknown): Parsed<string> {
  if (typeof value === "string") return ok(value);
  if (typeof value === "number") return ok(String(value));
  return fail("Not a valid string.");
}

/** PrimaryKeyRelatedField over an in-memory table. */
export function primaryKey(value: unknown, known: ReadonlyMap<number, unknown>): Parsed<number> {
  if (typeof value !== "number" && typeof value !== "string") {
    return fail(`Incorrect type. Expected pk value, received ${pyType(value)}.`);
  }
  const id = integer(value);
  if (!id.ok || !known.has(id.value)) return fail(`Invalid pk "${value}" - object does not exist.`);
  return id;
}

/** Reads an optional, possibly nullable field: undefined when absent. */
export function optional<T>(
  source: Record<string, unknown>,
  key: string,
  parse: (value: unknown) => Parsed<T>,
  errors: Record<string, unknown>,
  options: { nullable?: boolean; required?: boolean } = {},
): T | null | undefined {
  if (!(key in source) || source[key] === undefined) {
    if (options.required) errors[key] = [REQUIRED];
    return undefined;
  }
  const value = source[key];
  if (value === null) {
    if (options.nullable) return null;
    errors[key] = [NOT_NULL];
    return undefined;
  }
  const parsed = parse(value);
  if (parsed.ok) return parsed.value;
  errors[key] = parsed.errors;
  return undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const notADict = (value: unknown) => ({
  non_field_errors: [`Invalid data. Expected a dictionary, but got ${pyType(value)}.`],
});
