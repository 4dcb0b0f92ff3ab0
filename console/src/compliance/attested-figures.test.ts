import { describe, expect, it } from "vitest";
import { attestedText, basisText, compareFigures, readerName } from "./attested-figures";
import type { IndicatorState, Indicators } from "./matrix-model";
import { ATTESTED_JP } from "./test-fixtures";

const counted = (basis: Indicators["basis"], incidents: number, notified: number): IndicatorState => ({
  kind: "value",
  value: { basis, asOf: "2026-09-20T08:00:00.000Z", highRiskDeployments: 4, redTeamedBeforeDeployment: 3, incidentsRequiringNotification: incidents, notifiedWithin72h: notified, systems: 7, systemsWithProvenance: 5 },
});

describe("attested figures beside the reader's view", () => {
  it("say how many of the attested records the board sees, indicator by indicator", () => {
    const [redTeamed, notified, provenance] = compareFigures("JP", counted("SHARED_VIEW", 11, 4), ATTESTED_JP, "BOARD");
    expect(notified).toEqual({
      key: "notified",
      heading: "Notified in 72 h",
      view: { done: 4, of: 11 },
      attested: { done: 9, of: 18 },
      difference: "11 of 18 incidents requiring notification visible to the board",
      short: "11 of 18 visible",
    });
    expect(redTeamed!.difference).toBe("all 4 high-risk deployments visible to the board");
    expect(redTeamed!.short).toBe("all visible");
    // More than attested: the records changed after the report was filed, and it says so rather than "visible".
    expect(provenance!.difference).toBe("7 AI systems visible to the board, 1 more than attested: the records changed since the report was filed");
    expect(provenance!.short).toBe("changed since");
  });

  it("name another participant as the reader, and compare a country's own count with what it attested", () => {
    expect(compareFigures("JP", counted("SHARED_VIEW", 11, 4), ATTESTED_JP, "KR")[1]!.difference).toBe("11 of 18 incidents requiring notification visible to KR");
    const own = compareFigures("JP", counted("OWNER", 18, 9), ATTESTED_JP, "JP");
    expect(own[1]).toMatchObject({ difference: "18 incidents requiring notification, as attested", short: "as attested" });
    expect(compareFigures("JP", counted("OWNER", 19, 9), ATTESTED_JP, "JP")[1]!.difference).toBe(
      "19 incidents requiring notification counted now, 18 attested: the records changed since the report was filed",
    );
  });

  it("say when there is nothing to compare: no attested figures, or no count for the reader", () => {
    const none = compareFigures("JP", counted("SHARED_VIEW", 11, 4), null, "BOARD");
    expect(none.map((figure) => [figure.attested, figure.difference, figure.short])).toEqual([
      [undefined, "JP attested no figures", ""],
      [undefined, "JP attested no figures", ""],
      [undefined, "JP attested no figures", ""],
    ]);
    // Another participant's regulator: the report exists, its attested figures are not for this reader.
    expect(compareFigures("JP", counted("SHARED_VIEW", 11, 4), null, "KR", false)[1]).toMatchObject({
      attested: undefined,
      difference: "JP's attested figures go only to the board and JP's own regulators",
      short: "",
    });
    const unanswered = compareFigures("JP", { kind: "unanswered" }, ATTESTED_JP, "BOARD");
    expect(unanswered[1]).toMatchObject({ view: undefined, difference: "18 incidents requiring notification attested; not counted for the board just now" });
  });

  it("state whose figures each count is, in words", () => {
    expect(readerName("BOARD")).toBe("the board");
    expect(basisText("SHARED_VIEW", "JP", "BOARD")).toBe("counted by JP over only the records the board may see (shared view)");
    expect(basisText("OWNER", "JP", "JP")).toBe("counted by JP over all its records (your own country's view)");
    expect(attestedText("JP", ATTESTED_JP)).toMatch(/^JP's own figures over all its records, attested with its report on .+ \(records up to .+\)$/);
  });
});
