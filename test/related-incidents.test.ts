import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * A country's record links to other countries' records of the same event. The link is resolved by
 * the owner of each linked record, under its rules, and shows in its access log.
 */
describe("links between countries' incidents", () => {
  let hub: TestHub;
  let jp: string;
  let ids: Record<string, string>;
  let jpIncident: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    const us = await insertIncidents(hub.nations.get("US")!.db, "US", [
      { classification: Classification.SHARED, title: "US record of the same outage" },
      { classification: Classification.NATIONAL_SECURITY, title: "US secret record" },
    ]);
    const kr = await insertIncidents(hub.nations.get("KR")!.db, "KR", [{ classification: Classification.PUBLIC, title: "KR public record" }]);
    ids = { usShared: us[0]!.id, usSecret: us[1]!.id, krPublic: kr[0]!.id };
    jp = await hub.token("JP", { roles: ["regulator"] });
    const { body } = await hub.query(
      jp,
      `mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`,
      {
        i: {
          title: "Cross-border outage", summary: "The same model update failed in three countries.", severity: "INCIDENT", classification: "SHARED",
          occurredAt: "2026-11-01T00:00:00Z", countriesAffected: ["JP", "US", "KR"],
          relatedIncidents: [{ country: "US", id: ids.usShared }, { country: "US", id: ids.usSecret }, { country: "KR", id: ids.krPublic }],
        },
      },
    );
    jpIncident = body.data.reportIncident.id;
  });
  afterAll(() => hub?.stop());

  it("fetches each linked record from its owner, who hides what the caller may not see", async () => {
    const { body } = await hub.query(
      jp,
      `query($id: ID!) { country(code: "JP") { incident(id: $id) { relatedIncidents { country id incident { country id title classification } } } } }`,
      { id: jpIncident },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.country.incident.relatedIncidents).toEqual([
      { country: "US", id: ids.usShared, incident: { country: "US", id: ids.usShared, title: "US record of the same outage", classification: "SHARED" } },
      { country: "US", id: ids.usSecret, incident: null },
      { country: "KR", id: ids.krPublic, incident: { country: "KR", id: ids.krPublic, title: "KR public record", classification: "PUBLIC" } },
    ]);
    // The US logged the SHARED read; the secret one never left.
    const us = await hub.token("US", { roles: ["regulator"] });
    const log = (await hub.query(us, `{ myCountry { accessLog { nodes { recordId callerCountry } } } }`)).body.data.myCountry.accessLog.nodes;
    expect(log).toEqual([{ recordId: ids.usShared, callerCountry: "JP" }]);
  });
});
