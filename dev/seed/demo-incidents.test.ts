import { describe, expect, it } from "vitest";
import { ALL_SEVERITIES } from "../../shared/incidents/severity.js";
import { ALL_CLASSIFICATIONS } from "../../shared/policy/classification.js";
import { DEMO_INCIDENTS_PER_COUNTRY, DEMO_NOTICE, demoIncidentsFor } from "./demo-incidents.js";
import { AGREEMENT_DATE, DEMO_PARTICIPANTS } from "./demo-participants.js";

describe("demo incidents", () => {
  const now = new Date("2026-11-24T00:00:00Z");
  const since = new Date(AGREEMENT_DATE);

  it.each(DEMO_PARTICIPANTS.map((p) => p.code))("cover every classification and severity for %s", (code) => {
    const incidents = demoIncidentsFor(code, since, now);
    expect(incidents).toHaveLength(DEMO_INCIDENTS_PER_COUNTRY);
    expect(new Set(incidents.map((i) => i.classification))).toEqual(new Set(ALL_CLASSIFICATIONS));
    expect(new Set(incidents.map((i) => i.severity))).toEqual(new Set(ALL_SEVERITIES));
    for (const incident of incidents) {
      expect(incident.summary.startsWith(DEMO_NOTICE)).toBe(true);
      expect(incident.occurredAt.getTime()).toBeLessThanOrEqual(incident.detectedAt.getTime());
      expect(incident.detectedAt.getTime()).toBeLessThanOrEqual(incident.reportedAt.getTime());
      expect(incident.reportedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
  });

  it("differ between countries and are the same on every reseed", () => {
    const jp = demoIncidentsFor("JP", since, now).map((i) => i.title);
    const us = demoIncidentsFor("US", since, now).map((i) => i.title);
    expect(jp).not.toEqual(us);
    expect(demoIncidentsFor("JP", since, now).map((i) => i.title)).toEqual(jp);
  });

  it("go round the templates for registers larger than them, each record its own id", () => {
    const incidents = demoIncidentsFor("GB", since, now, 130);
    expect(incidents).toHaveLength(130);
    expect(new Set(incidents.map((i) => i.id)).size).toBe(130);
    expect(new Set(incidents.map((i) => i.title)).size).toBeLessThan(130);
  });
});
