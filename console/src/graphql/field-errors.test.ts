import { describe, expect, it } from "vitest";
import { HubRequestError } from "../graphql/hub-error";
import { fieldLocator, placeErrors, readableMessage } from "./field-errors";

const LABELS = { detectedAt: "Detected at", occurredAt: "Occurred at", title: "Title" };
const locate = fieldLocator(["title", "occurredAt", "detectedAt", "relatedIncidents"] as const);

describe("fieldLocator", () => {
  it("finds the form field from a resolver's name or a variable's path", () => {
    expect(locate("detectedAt")).toBe("detectedAt");
    expect(locate("input.occurredAt")).toBe("occurredAt");
    expect(locate("input.relatedIncidents.0.id")).toBe("relatedIncidents");
    expect(locate("idempotencyKey")).toBeUndefined();
    expect(locate("input")).toBeUndefined();
    expect(locate(undefined)).toBeUndefined();
  });

  it("reads a filter's paths", () => {
    expect(fieldLocator(["since", "before"] as const, "filter")("filter.before")).toBe("before");
  });
});

describe("readableMessage", () => {
  it("names fields by their labels", () => {
    expect(readableMessage("`detectedAt` is before `occurredAt`.", LABELS)).toBe("“Detected at” is before “Occurred at”.");
    expect(readableMessage("`idempotencyKey` must not be empty.", LABELS)).toBe("`idempotencyKey` must not be empty.");
  });

  it("drops graphql-js's preamble about the variable", () => {
    const message =
      'Variable "$input" got invalid value "1980-01-02T00:00:00Z" at "input.occurredAt"; Expected type "DateTime". DateTime must lie between 1990-01-01 and 2199-12-31 (UTC), got 1980-01-02T00:00:00.000Z.';
    expect(readableMessage(message)).toBe("DateTime must lie between 1990-01-01 and 2199-12-31 (UTC), got 1980-01-02T00:00:00.000Z.");
  });
});

describe("placeErrors", () => {
  it("puts input errors beside their fields and keeps the rest", () => {
    const error = new HubRequestError(
      [
        { message: "`detectedAt` is before `occurredAt`.", extensions: { code: "BAD_USER_INPUT", field: "detectedAt" } },
        { message: "This `idempotencyKey` was already used for a different request.", extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" } },
        { message: "Only JP's own authority can report.", extensions: { code: "FORBIDDEN" } },
      ],
      200,
    );
    const placed = placeErrors(error, locate, LABELS)!;
    expect(placed.byField).toEqual({ detectedAt: "“Detected at” is before “Occurred at”." });
    expect(placed.others.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT", "FORBIDDEN"]);
  });

  it("places nothing for an error that is not the hub's answer", () => {
    expect(placeErrors(new Error("boom"), locate)).toBeUndefined();
    expect(placeErrors(undefined, locate)).toBeUndefined();
  });
});
