import { describe, expect, it } from "vitest";
import { foreignReads } from "./access-log-metrics.js";
import type { EntryDraft } from "./append-entries.js";

const read = (recordKind: EntryDraft["recordKind"], recordIds: string[], grantId: string | null): EntryDraft => ({
  entryKind: "READ", recordKind, recordIds, grantId, grantIds: null, counted: null, filterHash: null,
});

describe("foreign reads in a batch of access-log entries", () => {
  it("counts the records of READ entries, by kind and by what opened them; COUNT entries and empty reads give none", () => {
    expect(
      foreignReads([
        read("INCIDENT", ["a", "b"], "grant-1"),
        read("INCIDENT", ["c"], "grant-2"),
        read("INCIDENT", ["d"], null),
        read("AUDIT", ["e"], null),
        read("SYSTEM", [], null),
        { entryKind: "COUNT", recordKind: "INCIDENT", recordIds: null, grantId: null, grantIds: ["grant-1"], counted: 12, filterHash: null },
      ]),
    ).toEqual([
      { kind: "incident", via: "grant", records: 3 },
      { kind: "incident", via: "baseline", records: 1 },
      { kind: "audit", via: "baseline", records: 1 },
    ]);
  });
});
