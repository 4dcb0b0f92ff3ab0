import { describe, expect, it } from "vitest";
import { previewTable } from "./preview-table";

describe("previewTable", () => {
  it("lays the hub's counts out by kind and classification, zero where the hub found none", () => {
    const table = previewTable({ recordKinds: ["INCIDENT", "AUDIT"], maxClassification: "RESTRICTED" }, [
      { kind: "INCIDENT", classification: "SHARED", count: 7 },
      { kind: "INCIDENT", classification: "RESTRICTED", count: 4 },
      { kind: "AUDIT", classification: "SHARED", count: 2 },
    ]);
    expect(table.classifications).toEqual(["SHARED", "RESTRICTED"]);
    expect(table.rows).toEqual([
      {
        kind: "INCIDENT",
        total: 11,
        cells: [
          { classification: "SHARED", count: 7 },
          { classification: "RESTRICTED", count: 4 },
        ],
      },
      {
        kind: "AUDIT",
        total: 2,
        cells: [
          { classification: "SHARED", count: 2 },
          { classification: "RESTRICTED", count: 0 },
        ],
      },
    ]);
    expect(table.newlyOpened).toBe(4);
  });

  it("shows only SHARED for a SHARED ceiling, which opens nothing new", () => {
    const table = previewTable({ recordKinds: ["SYSTEM"], maxClassification: "SHARED" }, [{ kind: "SYSTEM", classification: "SHARED", count: 3 }]);
    expect(table.classifications).toEqual(["SHARED"]);
    expect(table.rows).toEqual([
      {
        kind: "SYSTEM",
        total: 3,
        cells: [{ classification: "SHARED", count: 3 }],
      },
    ]);
    expect(table.newlyOpened).toBe(0);
  });
});
