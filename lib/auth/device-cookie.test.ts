// The known-device cookie: signed per account, remembers several people on one shared browser, expires.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { DEVICE_COOKIE_DAYS, deviceCookieName, knownDevice, rememberDevice } from "./device-cookie";

beforeAll(() => {
  process.env.AUTH_SECRET = "device-cookie-test-secret-0123456789abcdef";
  process.env.NEXTAUTH_URL = "https://orderdeck.example";
  resetEnvForTests();
});
afterAll(() => {
  delete process.env.AUTH_SECRET;
  delete process.env.NEXTAUTH_URL;
  resetEnvForTests();
});

/** What the browser sends back after `setCookie`, on top of what it held. */
const sendBack = (setCookie: string) => ({ cookie: `theme=dark; ${setCookie.split(";")[0]}` });

describe("the known-device cookie", () => {
  it("is a __Host- cookie over https, HttpOnly and Secure, for 180 days", () => {
    const setCookie = rememberDevice({}, "ann@example.com");
    expect(deviceCookieName()).toBe("__Host-orderdeck-device");
    expect(setCookie).toMatch(
      /^__Host-orderdeck-device=[\w.-]+; Path=\/; Max-Age=15552000; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(DEVICE_COOKIE_DAYS * 86_400).toBe(15_552_000);
  });

  it("names a device for its own account only, and nothing once tampered with", () => {
    const browser = sendBack(rememberDevice({}, "ann@example.com"));
    expect(knownDevice(browser, "ann@example.com")).toMatch(/^[\w-]{16}$/);
    expect(knownDevice(browser, "bob@example.com")).toBeNull();
    expect(
      knownDevice({ cookie: browser.cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A")) }, "ann@example.com"),
    ).toBeNull();
    expect(knownDevice({}, "ann@example.com")).toBeNull();
  });

  it("remembers several people on one browser (the five latest), each with a new device id at each sign-in", () => {
    let browser = sendBack(rememberDevice({}, "ann@example.com"));
    const annBefore = knownDevice(browser, "ann@example.com");
    for (const name of ["bob", "cat", "dan", "eve"]) browser = sendBack(rememberDevice(browser, `${name}@example.com`));
    expect(
      ["ann", "bob", "cat", "dan", "eve"].map((name) => knownDevice(browser, `${name}@example.com`) !== null),
    ).toEqual([true, true, true, true, true]);
    browser = sendBack(rememberDevice(browser, "ann@example.com"));
    expect(knownDevice(browser, "ann@example.com")).not.toBe(annBefore);
    browser = sendBack(rememberDevice(browser, "fay@example.com"));
    expect(
      ["fay", "ann", "eve", "dan", "cat", "bob"].map((name) => knownDevice(browser, `${name}@example.com`) !== null),
    ).toEqual([true, true, true, true, true, false]);
  });

  it("expires", () => {
    const browser = sendBack(rememberDevice({}, "ann@example.com"));
    expect(knownDevice(browser, "ann@example.com", Date.now() + (DEVICE_COOKIE_DAYS + 1) * 86_400_000)).toBeNull();
  });
});
