// A 422 from the real route handlers carries each bad field's code (and values), a conflict its own code with
// the values its sentence names, and the browser's side (readApiError → ApiClientError → useFieldErrors' core)
// turns them into the user's language, English as the server wrote it.
import { readFileSync } from "node:fs";
import { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOrder } from "@/app/api/orders/[connectionId]/[orderId]/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { POST as postUser } from "@/app/api/users/route";
import { ApiClientError, fieldErrorsOf } from "../client/api";
import { issueText } from "../client/use-field-errors";
import { type FieldIssue, readApiError } from "../domain/api-error";
import type { Locale } from "../domain/locale";
import { type RouteFixture, setUpRouteFixture, TEST_ORIGIN } from "../testing/route-fixture";

let fixture: RouteFixture;
beforeAll(async () => {
  fixture = await setUpRouteFixture();
});
afterAll(async () => {
  await fixture?.close();
});

const noParams = { params: Promise.resolve({}) };
const call = (path: string, method: string, body?: unknown) =>
  new NextRequest(new URL(path, TEST_ORIGIN), {
    method,
    headers: { authorization: `Bearer ${fixture.tokens.admin}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** What the browser's api() makes of an answer. */
async function clientError(response: Response): Promise<ApiClientError> {
  const envelope = readApiError(await response.json());
  if (!envelope) throw new Error("not the API's envelope");
  const { issues = [], ...details } = envelope.details ?? {};
  return new ApiClientError(response.status, envelope.code, envelope.message, issues, details);
}

const messages = (locale: Locale) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));
/** useFieldErrors() in `locale`, without React: the same core with next-intl's own translator. */
const fieldErrorsIn = (locale: Locale, error: ApiClientError) => {
  const t = createTranslator({ locale, messages: messages(locale), namespace: "issues" });
  return fieldErrorsOf(error.issues, (issue: FieldIssue) =>
    issueText(issue, locale, t as unknown as Parameters<typeof issueText>[2]),
  );
};
const nbsp = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.replace(/[\u00a0\u202f]/g, " ")]));

describe("issue codes through the route handlers", () => {
  let badUser: ApiClientError;

  beforeAll(async () => {
    const response = await postUser(
      call("/api/users", "POST", { email: "not-an-email", name: "", role: "owner", password: "short" }),
      noParams,
    );
    expect(response.status).toBe(422);
    badUser = await clientError(response);
  });

  it("a bad body's issues carry codes and values, their English unchanged", () => {
    expect(badUser.issues).toEqual([
      { path: "body.email", message: "Enter a valid email address", code: "emailInvalid" },
      { path: "body.name", message: "Enter a name", code: "nameRequired" },
      { path: "body.role", message: expect.stringMatching(/^Invalid option/), code: "invalidChoice" },
      {
        path: "body.password",
        message: "Use at least 12 characters",
        code: "passwordTooShort",
        params: { min: 12 },
      },
    ]);
    expect(badUser.message).toBe("body.email: Enter a valid email address");
  });

  it("useFieldErrors' core says them in Russian and Turkish, and leaves English as the server wrote it", () => {
    expect(nbsp(fieldErrorsIn("ru", badUser))).toEqual({
      email: "Введите корректный адрес эл. почты",
      name: "Введите имя",
      role: "Выберите один из вариантов",
      password: "Минимум 12 символов",
    });
    expect(fieldErrorsIn("tr", badUser)).toEqual({
      email: "Geçerli bir e-posta adresi girin",
      name: "Bir ad girin",
      role: "Seçeneklerden birini seçin",
      password: "En az 12 karakter kullanın",
    });
    expect(fieldErrorsIn("en", badUser)).toEqual(badUser.fieldErrors());
  });

  it("an issue without a code, or with one the catalogue lacks, shows the server's English", () => {
    const error = new ApiClientError(422, "invalid_input", "x", [
      { path: "body.a", message: "A platform's own words" },
      { path: "body.b", message: "Newer words", code: "notInTheCatalogue" },
    ]);
    expect(fieldErrorsIn("cs", error)).toEqual({ a: "A platform's own words", b: "Newer words" });
  });

  it("bad path parameters carry codes too, also where a route wrote the message as text", async () => {
    const badId = await clientError(
      await patchUser(call("/api/users/123", "PATCH", { name: "x" }), { params: Promise.resolve({ id: "123" }) }),
    );
    expect(badId.issues).toEqual([{ path: "params.id", message: "Not a valid id", code: "idInvalid" }]);
    const badConnection = await clientError(
      await getOrder(call("/api/orders/nope/1", "GET"), {
        params: Promise.resolve({ connectionId: "nope", orderId: "1" }),
      }),
    );
    expect(badConnection.issues).toEqual([
      { path: "params.connectionId", message: "Not a connection id", code: "connectionIdInvalid" },
    ]);
    expect(fieldErrorsIn("cs", badConnection)).toEqual({ connectionId: "Neplatné ID připojení" });
  });

  it("a taken email answers its own code with the email as a value, the English sentence unchanged", async () => {
    const { email } = fixture.users.manager;
    const taken = await clientError(
      await postUser(
        call("/api/users", "POST", { email, name: "Again", role: "manager", password: "a long password here" }),
        noParams,
      ),
    );
    expect({ status: taken.status, code: taken.code, message: taken.message, details: taken.details }).toEqual({
      status: 409,
      code: "email_taken",
      message: `A user with the email ${email} already exists.`,
      details: { email },
    });
    const t = createTranslator({ locale: "tr", messages: messages("tr"), namespace: "apiErrors" });
    expect(t("email_taken", { email })).toBe(`${email} e-posta adresine sahip bir kullanıcı zaten var.`);
    const english = createTranslator({ locale: "en", messages: messages("en"), namespace: "apiErrors" });
    expect(english("email_taken", { email })).toBe(taken.message);
  });
});
