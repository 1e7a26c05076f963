// How a client speaks to an imitation through the platform's own API (signing in as its docs say), and how an
// order reads there. Tests use it as their oracle: they check Orderdeck's pages and the sandbox's faults against
// the platform's own answer, never against Orderdeck's reading of it.

export type RawRecord = Record<string, unknown>;

/** What the end-to-end checks compare, read from the platform's own payload. */
export interface OrderSnapshot {
  number: string;
  total: string;
  lines: number;
  postalCode: string | null;
  tracking: string[];
  status: string;
  raw: RawRecord;
  items: RawRecord[];
}

/** GET a path under the imitation's base URL (with the headers of `OwnApi.headers`), answering its JSON. */
export type GetJson = (path: string) => Promise<RawRecord>;

export interface OwnApi {
  /** The headers of an authenticated request, signing in first where the platform has a login. */
  headers(baseUrl: string): Promise<Record<string, string>>;
  /** A cheap authenticated read: one short list page (a path under the base URL, no leading slash). */
  listProbe: string;
  /** The order `id` as the platform's own answer shows it. */
  snapshot(get: GetJson, id: string): Promise<OrderSnapshot>;
}

export const records = (value: unknown): RawRecord[] => (Array.isArray(value) ? (value as RawRecord[]) : []);

/** Signs in once per base URL with `login` and keeps the answer's token (the sandbox's tokens outlive a run). */
export function tokenPerBaseUrl(login: (baseUrl: string) => Promise<string>): (baseUrl: string) => Promise<string> {
  const tokens = new Map<string, Promise<string>>();
  return (baseUrl) => {
    let token = tokens.get(baseUrl);
    if (!token) {
      token = login(baseUrl);
      token.catch(() => tokens.delete(baseUrl));
      tokens.set(baseUrl, token);
    }
    return token;
  };
}
