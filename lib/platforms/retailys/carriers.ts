// Retailys: POST /tracking takes a `shipperId`, an int of the instance's own carrier list, which the API does not
// publish. Orderdeck guesses no id: the admin maps carrier names to the instance's shipper ids in the
// connection's `carriers` option ("PPL=7, DPD=12"), or a person types the shipper id. Well-known Czech carriers'
// public tracking pages are kept by NAME, for a tracking that comes without its own `trackingUrl`.
import { z } from "zod";
import type { Choice } from "../../domain/action";
import { ISSUE, issue } from "../../domain/issues";
import { PlatformError } from "../errors";
import type { Connection } from "../types";
import { CARRIER_OPTION } from "./assumed";

export interface KnownCarrier {
  name: string;
  /** Other spellings people type, folded to ASCII lower-case ("ceska posta", "packeta"). */
  aliases: readonly string[];
  trackingUrl: (trackingNumber: string) => string;
}

const q = encodeURIComponent;

export const KNOWN_CARRIERS: readonly KnownCarrier[] = [
  {
    name: "Česká pošta",
    aliases: ["cp", "czech post", "posta", "balikovna"],
    trackingUrl: (n) => `https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers=${q(n)}`,
  },
  { name: "PPL", aliases: ["ppl cz"], trackingUrl: (n) => `https://www.ppl.cz/vyhledat-zasilku?shipmentId=${q(n)}` },
  { name: "DPD", aliases: ["dpd cz"], trackingUrl: (n) => `https://tracking.dpd.de/status/cs_CZ/parcel/${q(n)}` },
  { name: "Zásilkovna", aliases: ["packeta"], trackingUrl: (n) => `https://tracking.packeta.com/cs/?id=${q(n)}` },
  {
    name: "GLS",
    aliases: ["gls cz"],
    trackingUrl: (n) => `https://gls-group.com/CZ/cs/sledovani-zasilek?match=${q(n)}`,
  },
];

/** "Česká pošta" → "ceska posta": case, accents and extra spaces do not matter when matching a name. */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A well-known carrier by its name or an alias (for its public tracking page). */
export function knownCarrier(name: string | null | undefined): KnownCarrier | undefined {
  const wanted = foldName(name ?? "");
  if (!wanted) return undefined;
  return KNOWN_CARRIERS.find((c) => foldName(c.name) === wanted || c.aliases.includes(wanted));
}

/** One carrier of the connection's mapping: its name and the instance's shipper id (digits). */
export interface CarrierEntry {
  name: string;
  shipperId: string;
}

/**
 * The `carriers` option's text → entries, leniently: pairs separated by commas, semicolons or new lines, each
 * `name=id` or `name: id` (or the other way round, `7=PPL`). An error names the pair it could not read.
 */
export function parseCarrierList(text: string): { entries: CarrierEntry[] } | { error: string } {
  const entries: CarrierEntry[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const pair = part.trim();
    if (!pair) continue;
    const match = /^(.+?)\s*[=:]\s*(.+)$/.exec(pair);
    if (!match) return { error: issue("carrierNoId", { pair }) };
    let [name, id] = [match[1]!.trim(), match[2]!.trim()];
    if (/^\d+$/.test(name) && !/^\d+$/.test(id)) [name, id] = [id, name];
    if (!/^\d+$/.test(id) || /^0+$/.test(id)) {
      return { error: issue("carrierIdNotNumber", { pair }) };
    }
    if (entries.some((entry) => foldName(entry.name) === foldName(name))) {
      return { error: issue("carrierTwice", { name }) };
    }
    entries.push({ name, shipperId: String(Number(id)) });
  }
  return { entries };
}

export const formatCarrierList = (entries: readonly CarrierEntry[]): string =>
  entries.map((entry) => `${entry.name}=${entry.shipperId}`).join(", ");

/** The option in the connection form: validated, stored as the tidy list ("PPL=7, DPD=12"). */
export const carriersOptionSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .string({ error: ISSUE.carriersFormat })
    .max(2000)
    .transform((text, ctx) => {
      const parsed = parseCarrierList(text);
      if ("error" in parsed) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return formatCarrierList(parsed.entries);
    })
    .optional(),
);

/** The connection's mapping; a stored value that no longer reads counts as none (the form validated it). */
export function connectionCarriers(conn: Pick<Connection, "options">): CarrierEntry[] {
  const value = conn.options[CARRIER_OPTION];
  if (typeof value !== "string") return [];
  const parsed = parseCarrierList(value);
  return "entries" in parsed ? parsed.entries : [];
}

/** The add-tracking form's carrier choices: one per shipper id, labelled with its (first) name. */
export function carrierChoices(entries: readonly CarrierEntry[]): Choice[] {
  const choices: Choice[] = [];
  for (const entry of entries) {
    if (!choices.some((choice) => choice.code === entry.shipperId))
      choices.push({ code: entry.shipperId, label: entry.name });
  }
  return choices;
}

const refuse = (message: string) => new PlatformError("refused", message);

/**
 * The shipper id to send for what a person chose or typed: a shipper id (digits) as is, or a name (or a
 * well-known carrier's alias) of the connection's mapping. Anything else is refused before any call.
 */
export function shipperIdFor(input: string | undefined, entries: readonly CarrierEntry[]): number {
  // "Shipper 4" is how an order shows an unmapped shipper id (carrierName): a person keeping it means id 4.
  const text = (input?.trim() ?? "").replace(/^shipper\s+(?=\d+$)/i, "");
  if (/^\d+$/.test(text) && !/^0+$/.test(text)) return Number(text);
  const names = entries.map((entry) => entry.name).join(", ");
  if (!text) {
    throw refuse(
      entries.length > 0 ? `Choose the carrier: ${names}` : "Enter the carrier's Retailys shipper id (a number)",
    );
  }
  const wanted = foldName(text);
  const known = knownCarrier(text);
  const entry = entries.find(
    (candidate) => foldName(candidate.name) === wanted || (known && knownCarrier(candidate.name) === known),
  );
  if (entry) return Number(entry.shipperId);
  throw refuse(
    entries.length > 0
      ? `"${text}" is not one of this connection's carriers (${names}); choose one or enter the Retailys shipper id`
      : `Retailys needs the carrier's shipper id (a number from the instance's carrier list), not "${text}"; ` +
          "an admin can map carrier names to shipper ids in the connection's settings",
  );
}

/** A tracking's carrier name: the connection's name for its shipper id, else what the instance sent. */
export function carrierName(
  shipperId: string | null | undefined,
  sentName: string | null | undefined,
  entries: readonly CarrierEntry[],
): string | null {
  const id = shipperId?.trim().replace(/^0+(?=\d)/, "");
  const mapped = id ? entries.find((entry) => entry.shipperId === id) : undefined;
  return mapped?.name ?? (sentName?.trim() || null) ?? (shipperId ? `Shipper ${shipperId}` : null);
}
