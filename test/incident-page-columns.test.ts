import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Severity } from "../shared/incidents/severity.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** Every field of Incident that is one of its columns, and two that are computed from several. */
const ALL_FIELDS = `id country title summary severity classification occurredAt detectedAt highRisk notifiedAt harmTypes
  affectedStakeholders countriesAffected reporter relatedIncidents { country id } reportedAt updatedAt finalReportAt demo
  notificationStatus notificationDeadline`;

function pick(node: Record<string, unknown>, fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, node[field]]));
}

// A page reads only the columns its nodes ask for (plus the rule's and the cursor's): whatever is asked,
// and however (aliases, fragments), the answer is the one a page reading every column gives.
describe("a page of incidents reads the columns asked", () => {
  let hub: TestHub;
  let us: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await insertIncidents(
      hub.nations.get("JP")!.db,
      "JP",
      [0, 1, 2, 3].map((n) => ({
        title: `JP ${n}`,
        classification: n % 2 ? Classification.PUBLIC : Classification.SHARED,
        severity: n % 2 ? Severity.HAZARD : Severity.SERIOUS_INCIDENT,
        highRisk: n === 1,
        detectedAt: n === 1 ? new Date("2026-05-02T00:00:00Z") : null,
        relatedIncidents: n === 2 ? [{ country: "US", id: "6f1c2a51-6f0e-4a64-9d1a-6b7a39f6c0b1" }] : [],
      })),
    );
    us = await hub.token("US", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  const page = async (selection: string, fragments = "") => {
    const { body } = await hub.query(us, `{ country(code: "JP") { incidents(first: 3) { ${selection} } } } ${fragments}`);
    expect(body.errors).toBeUndefined();
    return body.data!.country.incidents;
  };

  it("answers a few fields, aliased and through fragments, as a page of every column does", async () => {
    const full = await page(`pageInfo { endCursor hasNextPage } nodes { ${ALL_FIELDS} }`);
    expect(full.nodes).toHaveLength(3);
    const few = await page(`pageInfo { endCursor hasNextPage } a: nodes { id title } b: nodes { ...Some ... on Incident { harmTypes } }`, `fragment Some on Incident { occurredAt severity relatedIncidents { id } }`);
    expect(few.pageInfo).toEqual(full.pageInfo);
    expect(few.a).toEqual(full.nodes.map((node: Record<string, unknown>) => pick(node, ["id", "title"])));
    expect(few.b).toEqual(
      full.nodes.map((node: Record<string, unknown>) => ({
        ...pick(node, ["occurredAt", "severity", "harmTypes"]),
        relatedIncidents: (node.relatedIncidents as { id: string }[]).map(({ id }) => ({ id })),
      })),
    );
    const computed = await page(`nodes { id notificationStatus notificationDeadline }`);
    expect(computed.nodes).toEqual(full.nodes.map((node: Record<string, unknown>) => pick(node, ["id", "notificationStatus", "notificationDeadline"])));
  });
});
