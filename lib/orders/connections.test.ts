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
    await updateConnection(fixture.handle.db, fixture.admin, id, { credentials: { apiToken: `${apiToken}`, siteToken: "" } }, "::1");
    expect(await stored(id)).toEqual({ apiToken, siteToken });
  });

  it("replaces Seller Center's email and password with a token, and back", async () => {
    const id = fixture.ids["akinon-seller-center"];
    const { email, password, accessToken } = SANDBOX_CREDENTIALS["akinon-seller-center"];
    await updateConnection(fixture.handle.db, fixture.admin, id, { credentials: { email, password } }, "::1");
    expect(await stored(id)).toEqual({ email, password });
    await updateConnection(fixture.handle.db, fixture.admin, id, { credentials: { accessToken, email: "", password: "" } }, "::1");
    expect(await stored(id)).toEqual({ accessToken });
  });
});

const refusal = (write: Promise<unknown>) => write.then(() => null, (error: unknown) => error);

describe("connection names", () => {
  it("refuses a rename onto another connection's name", async () => {
    const id = fixture.ids.retailys;
    const error = await refusal(updateConnection(fixture.handle.db, fixture.admin, id, { name: "merchantpro" }, "::1"));
    expect(error).toMatchObject({ message: 'A connection named "merchantpro" already exists.' });
    expect((await getConnectionRow(fixture.handle.db, id)).name).toBe("retailys");
  });

  it("refuses a new connection with a taken name", async () => {
    const input = { name: "retailys", platform: "retailys", baseUrl: fixture.sandbox.baseUrl("retailys"), credentials: { token: "x" }, options: {} };
    const error = await refusal(createConnection(fixture.handle.db, fixture.admin, input, "::1"));
    expect(error).toMatchObject({ message: 'A connection named "retailys" already exists.' });
  });
});
