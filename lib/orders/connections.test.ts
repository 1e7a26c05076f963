// Editing connections. Credentials: a secret left empty keeps its stored value, retyping one field of the
// stored set keeps the others (ECOM.md's optional site token survives a new API token), and a complete set of
// another kind (Seller Center: a token instead of email + password) replaces the stored set. Names are unique:
// creating or renaming onto a taken name is refused, naming it, and the connection keeps its old name (the
// database's unique index decides, by its SQLSTATE, not by its wording).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../sandbox/credentials";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { getConnectionRow } from "./connection-rows";
import { toConnection } from "./connection-secrets";
import { createConnection, updateConnection } from "./connections";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(2);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

const stored = async (id: string) => toConnection(await getConnectionRow(fixture.handle.db, id)).credentials;

describe("editing stored credentials", () => {
  it("keeps ECOM.md's site token when only the API token is typed again", async () => {
    const id = fixture.ids["ecom-md"];
    const { apiToken, siteToken } = SANDBOX_CREDENTIALS["ecom-md"];
    await updateConnection(
      fixture.handle.db,
      fixture.admin,
      id,
      { credentials: { apiToken: `${apiToken}`, siteToken: "" } },
      "::1",
    );
    expect(await stored(id)).toEqual({ apiToken, siteToken });
  });

  it("replaces Seller Center's email and password with a token, and back", async () => {
    const id = fixture.ids["akinon-seller-center"];
    const { email, password, accessToken } = SANDBOX_CREDENTIALS["akinon-seller-center"];
    await updateConnection(fixture.handle.db, fixture.admin, id, { credentials: { email, password } }, "::1");
    expect(await stored(id)).toEqual({ email, password });
    await updateConnection(
      fixture.handle.db,
      fixture.admin,
      id,
      { credentials: { accessToken, email: "", password: "" } },
      "::1",
    );
    expect(await stored(id)).toEqual({ accessToken });
  });
});

const refusal = (write: Promise<unknown>) =>
  write.then(
    () => null,
    (error: unknown) => error,
  );

describe("connection names", () => {
  it("refuses a rename onto another connection's name", async () => {
    const id = fixture.ids.retailys;
    const error = await refusal(updateConnection(fixture.handle.db, fixture.admin, id, { name: "merchantpro" }, "::1"));
    expect(error).toMatchObject({ message: 'A connection named "merchantpro" already exists.' });
    expect((await getConnectionRow(fixture.handle.db, id)).name).toBe("retailys");
  });

  it("refuses a new connection with a taken name", async () => {
    const input = {
      name: "retailys",
      platform: "retailys",
      baseUrl: fixture.sandbox.baseUrl("retailys"),
      credentials: { token: "x" },
      options: {},
    };
    const error = await refusal(createConnection(fixture.handle.db, fixture.admin, input, "::1"));
    expect(error).toMatchObject({ message: 'A connection named "retailys" already exists.' });
  });
});

describe("moving a connection to another address", () => {
  // The same sandbox under another name: another origin, so the stored secrets must not follow.
  const elsewhere = (url: string) => url.replace("//127.0.0.1:", "//localhost:");
  const row = (id: string) => getConnectionRow(fixture.handle.db, id);

  it("refuses to keep the stored API key, naming the field, and changes nothing", async () => {
    const id = fixture.ids.retailys;
    const before = await row(id);
    const to = elsewhere(before.baseUrl);
    const error = await refusal(
      updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: to, credentials: { token: "" } }, "::1"),
    );
    const [was, is] = [new URL(before.baseUrl).host, new URL(to).host];
    expect(error).toMatchObject({
      kind: "invalid_input",
      code: "credentials_required",
      message: `The connection moves from ${was} to ${is}: enter its credentials again (API key). Stored secrets are only sent to the address they were entered for.`,
      issues: [
        {
          path: "body.credentials.token",
          message: `Enter this again: the stored value was entered for ${was} and is not sent to ${is}`,
        },
      ],
    });
    const after = await row(id);
    expect(after.baseUrl).toBe(before.baseUrl);
    expect(after.credentialsSealed).toBe(before.credentialsSealed);
  });

  it("moves with the secrets typed again, every stored one (an optional one too)", async () => {
    const id = fixture.ids["ecom-md"];
    const { apiToken, siteToken } = SANDBOX_CREDENTIALS["ecom-md"];
    const to = elsewhere((await row(id)).baseUrl);
    const partial = await refusal(
      updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: to, credentials: { apiToken } }, "::1"),
    );
    expect(partial).toMatchObject({ issues: [{ path: "body.credentials.siteToken" }] });
    await updateConnection(
      fixture.handle.db,
      fixture.admin,
      id,
      { baseUrl: to, credentials: { apiToken, siteToken } },
      "::1",
    );
    expect((await row(id)).baseUrl).toBe(to);
    expect(await stored(id)).toEqual({ apiToken, siteToken });
  });

  it("counts a new scheme or port as another address, and a new path on the same origin as the same one", async () => {
    const id = fixture.ids.merchantpro;
    const base = (await row(id)).baseUrl;
    const port = new URL(base);
    port.port = String(Number(port.port) + 1);
    for (const to of [port.toString(), base.replace("http://", "https://")]) {
      const error = await refusal(updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: to }, "::1"));
      expect(error).toMatchObject({
        code: "credentials_required",
        issues: [{ path: "body.credentials.apiKey" }, { path: "body.credentials.apiSecret" }],
      });
    }
    await updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: `${base}/api` }, "::1");
    expect(await stored(id)).toEqual(SANDBOX_CREDENTIALS.merchantpro);
    await updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: base }, "::1");
  });

  it("lets a complete set of another kind move without the old secrets (Seller Center: a token for email + password)", async () => {
    const id = fixture.ids["akinon-seller-center"];
    const { email, password, accessToken } = SANDBOX_CREDENTIALS["akinon-seller-center"];
    await updateConnection(fixture.handle.db, fixture.admin, id, { credentials: { email, password } }, "::1");
    const to = elsewhere((await row(id)).baseUrl);
    // The email is not a secret and may stay; the password may not.
    const emailOnly = await refusal(
      updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: to, credentials: { email } }, "::1"),
    );
    expect(emailOnly).toMatchObject({ issues: [{ path: "body.credentials.password" }] });
    await updateConnection(fixture.handle.db, fixture.admin, id, { baseUrl: to, credentials: { accessToken } }, "::1");
    expect(await stored(id)).toEqual({ accessToken });
  });
});
