import { describe, expect, it } from "vitest";
import { parseDuration } from "./dev-issuers.js";

describe("token lifetimes", () => {
  it.each([
    ["1h", 3600],
    ["30m", 1800],
    ["-5m", -300],
    ["90s", 90],
    ["2d", 172800],
    ["45", 45],
  ])("%s is %i seconds", (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(["", "1 hour", "h", "1.5h"])("%j is refused", (text) => expect(() => parseDuration(text)).toThrow(/Invalid duration/));
});
