import type { OrderListSort } from "./query";

/**
 * A platform's slug, used everywhere (URLs, database, adapters, sandbox), e.g. "retailys". Which platforms
 * exist is the adapters' registry's to say (lib/platforms/registry.ts); the browser learns them, with their
 * labels, marks and form hints, from the platform descriptions (GET /api/platforms).
 */
export type PlatformId = string;

/** One field of the connection form, as each adapter declares it. */
export interface FormField {
  name: string;
  label: string;
  /** Secrets are stored encrypted, masked in every answer, and kept when an edit leaves them empty. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
  help?: string;
}

/** The list filters a platform may apply natively (the others Orderdeck applies after reading). */
export type OrderFilterKey = "stage" | "status" | "placedAt" | "q" | "total" | "currency" | "erp";

/** What every page shows of a platform: its name and mark, and the list filters its own data carries. */
export interface PlatformMark {
  id: PlatformId;
  label: string;
  /** A file under public/, e.g. "/platforms/retailys.svg". */
  icon: string;
  /** E.g. "erp": the platform's orders carry an ERP flag (Omnitron's is_send). */
  filters: OrderFilterKey[];
}

/** Credential sets a platform accepts one of (Akinon Seller Center: email + password, or an access token). */
export interface CredentialMode {
  id: string;
  label: string;
  fields: string[];
}

/** What the browser may know of a platform (GET /api/platforms): its name and mark, form fields and capabilities. */
export interface PlatformDescription {
  id: PlatformId;
  label: string;
  /** The platform's mark: a file under public/ (e.g. "/platforms/retailys.svg"). */
  icon: string;
  /** The connection form's base URL field. */
  baseUrl: { placeholder: string; hint: string };
  credentialModes: CredentialMode[];
  credentialFields: FormField[];
  optionFields: FormField[];
  filters: OrderFilterKey[];
  sorts: OrderListSort[];
}
