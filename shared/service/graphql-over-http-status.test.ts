import { describe, expect, it } from "vitest";
import { statusFor } from "./graphql-over-http-status.js";

const errors = (...codes: string[]) => JSON.stringify({ errors: codes.map((code) => ({ message: "m", extensions: { code } })) });

describe("the status of a GraphQL answer under application/json", () => {
  it.each(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"])("is 200 for a request error %s", (code) => {
    expect(statusFor(400, "application/json; charset=utf-8", errors(code))).toBe(200);
  });

  it("keeps 400 for what is not a request error: a missing query, a refused CSRF check, a batch", () => {
    expect(statusFor(400, "application/json", errors("BAD_REQUEST"))).toBe(400);
    expect(statusFor(400, "application/json", errors("GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST"))).toBe(400);
    expect(statusFor(400, "application/json", "POST body sent invalid JSON")).toBe(400);
  });

  it("keeps 400 under application/graphql-response+json, and whenever data is present", () => {
    expect(statusFor(400, "application/graphql-response+json; charset=utf-8", errors("GRAPHQL_PARSE_FAILED"))).toBe(400);
    expect(statusFor(400, "application/json", JSON.stringify({ data: null, errors: [{ message: "m", extensions: { code: "BAD_USER_INPUT" } }] }))).toBe(400);
  });

  it("leaves every other status alone", () => {
    expect(statusFor(401, "application/json", errors("UNAUTHENTICATED"))).toBe(401);
    expect(statusFor(200, "application/json", errors("GRAPHQL_PARSE_FAILED"))).toBe(200);
  });
});
