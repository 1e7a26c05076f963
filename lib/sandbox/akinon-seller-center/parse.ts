// Parsers for filter values, accepting what Django's form fields accept (DecimalField, DateTimeField,
// DateField, UUIDField), and exact decimal comparison without floats.

/** A decimal as an integer mantissa and a scale: "12.50" → { n: 1250n, scale: 2 }. */
export interface Decimal {
  n: bigint;
  scale: number;
}

export function parseDecimal(text: string): Decimal | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  const n = BigInt(`${whole || "0"}${fraction}`);
  return { n: sign === "-" ? -n : n, scale: fraction.length };
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const left = a.n * 10n ** BigInt(Math.max(0, b.scale - a.scale));
  const right = b.n * 10n ** BigInt(Math.max(0, a.scale - b.scale));
  return left === right ? 0 : left < right ? -1 : 1;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A datetime in MICROseconds since epoch (Django compares with microsecond precision), or null.
 *  Accepts Django's input formats and ISO 8601; naive values are read as UTC (TIME_ZONE = "UTC") [assumed]. */
export function parseDateTime(text: string): number | null {
  const match = DATETIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone = ""] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (zone && zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const zoneHours = Number(digits.slice(0, 2));
    const zoneMinutes = Number(digits.slice(2) || "0");
    if (zoneHours > 23 || zoneMinutes > 59) return null;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return ms * 1000 + Number(frac.padEnd(6, "0"));
}

/** "YYYY-MM-DD" → days since epoch, or null (DateField). */
export function parseDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (!validDate(year, month, day)) return null;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** UUIDField.to_python: hex with or without dashes, braces or urn:uuid:; returns the canonical form. */
export function parseUuid(text: string): string | null {
  const hex = text
    .trim()
    .toLowerCase()
    .replace(/^urn:uuid:/, "")
    .replace(/^\{(.*)\}$/, "$1")
    .replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** DRF's DateTimeField output: ISO 8601 with "Z", no fraction for whole seconds, else microseconds (isoformat). */
export function isoDateTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.000Z$/, "Z")
    .replace(/\.(\d{3})Z$/, ".$1000Z");
}

/** Canonical JSON (sorted keys) so two equal JSON values compare equal as strings. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
