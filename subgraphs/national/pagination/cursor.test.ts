import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.js";

describe("cursors", () => {
  it("round-trip a position", () => {
    const cursor = { at: new Date("2026-05-01T12:34:56.789Z"), id: "6290f63c-8086-4527-a556-3fd5f591bf55" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(["", "garbage", Buffer.from("[1,2]").toString("base64url"), Buffer.from('["2026-01-01T00:00:00Z","x; DROP TABLE"]').toString("base64url")])(
    "reject %j with BAD_USER_INPUT",
    (text) => {
      expect(() => decodeCursor(text)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
    },
  );
});
