// The PlatformError a call rejects with, for a test to assert on its kind, message and details. The test fails
// when the call succeeds or throws anything else: a crash is never mistaken for the platform's refusal.
import { expect } from "vitest";
import { PlatformError } from "../platforms/errors";

export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a PlatformError, but the call succeeded");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}
