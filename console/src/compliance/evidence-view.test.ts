import { describe, expect, it } from "vitest";
import { formatDateTime } from "../ui/format";
import { type Evidence, evidenceView, incidentHref } from "./evidence-view";

const ID = "5f0c9f3e-1b7a-4c55-9d51-2a0d3c1e7b10";
const cited = (record: Evidence["record"], vouchedAt: string | null = "2026-09-20T08:00:00.000Z", kind: Evidence["kind"] = "INCIDENT"): Evidence => ({
  kind,
  country: "JP",
  id: ID,
  vouchedAt,
  record,
});

describe("a cited record in the report drawer", () => {
  it("shows an incident the reader may see with its owner's title and facts, and links to the incidents view open on it", () => {
    const view = evidenceView(
      cited({ __typename: "Incident", title: "Chatbot gave dosage advice", severity: "SERIOUS_INCIDENT", classification: "SHARED", occurredAt: "2026-08-01T00:00:00.000Z", notificationStatus: "ON_TIME" }),
    );
    expect(view).toMatchObject({ kind: "record", what: "Incident", title: "Chatbot gave dosage advice", href: `/incidents?country=JP&incident=JP.${ID}` });
    expect(view.kind === "record" && view.facts.slice(0, 2)).toEqual(["Serious incident", "Shared"]);
    expect(view.kind === "record" && view.facts.at(-1)).toBe("72-hour notification: on time");
  });

  it("names an audit by its kind and scope, and a system by its name; neither has a page of its own to link to", () => {
    const audit = evidenceView(
      cited({ __typename: "Audit", auditKind: "RED_TEAM", status: "COMPLETED", classification: "PUBLIC", scope: "Frontier model, cyber uplift", completedAt: null }, undefined, "AUDIT"),
    );
    expect(audit).toEqual({ kind: "record", what: "Red-team exercise", title: "Frontier model, cyber uplift", facts: ["Completed", "Public"], href: undefined });
    const system = evidenceView(cited({ __typename: "System", name: "Kotoba-7", riskTier: "HIGH_RISK", classification: "SHARED" }, undefined, "SYSTEM"));
    expect(system).toEqual({ kind: "record", what: "AI system", title: "Kotoba-7", facts: ["High risk", "Shared"], href: undefined });
  });

  it("says only that the owner vouched for a record the reader may not see, and when: no title is made up", () => {
    const view = evidenceView(cited(null));
    expect(view).toEqual({ kind: "withheld", what: "Incident", text: `Vouched for by JP at ${formatDateTime("2026-09-20T08:00:00.000Z")}, not visible to you.` });
    expect(JSON.stringify(view)).not.toContain(ID);
  });

  it("tells an owner that did not answer from a record withheld, and evidence filed before owners vouched", () => {
    expect(evidenceView(cited(null), new Set(["JP"]))).toMatchObject({ text: expect.stringMatching(/; JP did not answer just now, so the record could not be shown\.$/) });
    expect(evidenceView(cited(null, null))).toMatchObject({ text: "Not vouched for: filed before the board asked JP to confirm its citations, not visible to you." });
  });

  it("links an incident with the owner's code and the id as the incidents view reads them", () => {
    expect(incidentHref("KR", "a b")).toBe("/incidents?country=KR&incident=KR.a+b");
  });
});
