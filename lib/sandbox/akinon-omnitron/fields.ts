// Small readings of DRF / Django field semantics, so request bodies and query strings are accepted and
// refused with the same messages the real serializers and django-filter forms give.

// DRF BooleanField.TRUE_VALUES / FALSE_VALUES.
const TRUE_VALUES = new Set<unknown>([true, 1, "1", "t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE"]);
const FALSE_VALUES = new Set<unknown>([false, 0, "0", "f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE"]);
for (const word of ["on", "On", "ON"]) TRUE_VALUES.add(word);
for (const word of ["off", "Off", "OFF"]) FALSE_VALUES.add(word);

/** A body boolean as DRF's BooleanField reads it; undefined when it is not one. */
export function drfBoolean(value: unknown): boolean | undefined {
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  return undefined;
}

export const INVALID_BOOLEAN = "Must be a valid boolean.";

/** django-filter's BooleanFilter (a NullBooleanField): anything it doesn't know means "no filter", not an error. */
export function filterBoolean(text: string): boolean | null {
  if (text === "True" || text === "true" || text === "1") return true;
  if (text === "False" || text === "false" || text === "0") return false;
  return null;
}

// Omnitron runs with TIME_ZONE Europe/Istanbul (UTC+3 all year since 2016): naive datetimes are read in it [assumed].
const NAIVE_OFFSET = "+03:00";

const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses an ISO datetime (DRF DateTimeField input) into ms and its microsecond digits; null when invalid. */
function parseDateTime(text: string): { ms: number; micros: string } | null {
  const match = DATETIME.exec(text.trim());
  if (!match) return null;
  const [, date, hm, seconds = "00", fraction = "", zone] = match;
  const offset = zone === undefined ? NAIVE_OFFSET : zone === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const whole = Date.parse(`${date}T${hm}:${seconds}${offset}`);
  if (Number.isNaN(whole)) return null;
  const micros = fraction.padEnd(6, "0");
  return { ms: whole + Number(micros.slice(0, 3)), micros };
}

/** A DRF DateTimeField value as DRF renders it back: UTC, "Z", microseconds only when not zero. */
export function drfDateTime(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const parsed = parseDateTime(value);
  if (!parsed) return null;
  const base = new Date(parsed.ms).toISOString().slice(0, 19);
  return parsed.micros === "000000" ? `${base}Z` : `${base}.${parsed.micros}Z`;
}

export const INVALID_DATETIME =
  "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

/** A django-filter DateTimeFilter value (Django forms also take a bare date as midnight); null when invalid. */
export function filterDateTime(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return parseDateTime(`${trimmed}T00:00`)?.ms ?? null;
  return parseDateTime(trimmed)?.ms ?? null;
}

/** Milliseconds of a stored `date_placed` string (always UTC "Z"). */
export function placedMs(datePlaced: string): number {
  return Date.parse(datePlaced);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** DRF CharField(allow_null=True): strings and numbers are taken (as text); booleans, objects, "" are refused. */
export function drfNullableString(value: unknown): Parsed<string | null> {
  if (value === null) return { ok: true, value: null };
  if (typeof value === "number" && Number.isFinite(value)) return { ok: true, value: String(value) };
  if (typeof value !== "string") return { ok: false, error: "Not a valid string." };
  if (value.trim() === "") return { ok: false, error: "This field may not be blank." };
  return { ok: true, value: value.trim() };
}

export const INVALID_URL = "Enter a valid URL.";

export function isUrl(text: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** DRF's wording for a value of the wrong JSON type: "str", "list", "int", "bool", "NoneType", "dict". */
export function pythonType(value: unknown): string {
  if (value === null) return "NoneType";
  if (Array.isArray(value)) return "list";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  return "dict";
}

/** A primary key as DRF's PrimaryKeyRelatedField reads it: an int or a digit string. */
export function primaryKey(value: unknown): number | null {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

export const pkMessages = {
  missing: (value: unknown) => `Invalid pk "${String(value)}" - object does not exist.`,
  wrongType: (value: unknown) => `Incorrect type. Expected pk value, received ${pythonType(value)}.`,
};
