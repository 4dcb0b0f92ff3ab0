import { describe, expect, it } from "vitest";
import { HubRequestError } from "../graphql/hub-error";
import { errorBesideNoField, grantFieldError } from "./grant-field-error";

const refused = (field: string, message: string) => ({
  message,
  extensions: { code: "BAD_USER_INPUT", field },
});

describe("grantFieldError", () => {
  it("finds the hub's validation error and GraphQL's coercion error of the input variable", () => {
    const error = new HubRequestError(
      [refused("purpose", "`purpose` must say what the access is for."), refused("input.validUntil", "DateTime must lie between ...")],
      200,
    );
    expect(grantFieldError(error, "purpose")).toBe("`purpose` must say what the access is for.");
    expect(grantFieldError(error, "validUntil")).toBe("DateTime must lie between ...");
    expect(grantFieldError(error, "grantee")).toBeUndefined();
  });
});

describe("errorBesideNoField", () => {
  it("keeps only what no field shows", () => {
    const forbidden = {
      message: "Only JP's own negotiators can issue JP's grants.",
      extensions: { code: "FORBIDDEN" },
    };
    const error = new HubRequestError([refused("grantee", "no"), forbidden], 200);
    const rest = errorBesideNoField(error);
    expect(rest).toBeInstanceOf(HubRequestError);
    expect((rest as HubRequestError).errors).toEqual([forbidden]);
    expect(errorBesideNoField(new HubRequestError([refused("grantee", "no")], 200))).toBeUndefined();
    expect(errorBesideNoField(undefined)).toBeUndefined();
  });
});
