import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const REPORT = `mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id highRisk detectedAt notifiedAt notificationDeadline notificationStatus } }`;
const H = 3_600_000;

/** The 72-hour rule at its edges, as reported through the hub and as filtered and counted in SQL. */
describe("the 72-hour notification status", () => {
  let hub: TestHub;
  let jp: string;
  const expected = new Map<string, string>();

  const report = async (title: string, fields: Record<string, unknown>) => {
    const { body } = await hub.query(jp, REPORT, {
      i: { title, summary: `${title}.`, severity: "SERIOUS_INCIDENT", classification: "SHARED", occurredAt: "2026-10-01T00:00:00Z", ...fields },
    });
    expect(body.errors).toBeUndefined();
    return body.data.reportIncident;
  };

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    jp = await hub.token("JP", { roles: ["regulator"] });
    const detected = new Date("2026-10-02T00:00:00.000Z");
    const iso = (ms: number) => new Date(ms).toISOString();
    const cases: [string, Record<string, unknown>, string][] = [
      ["exactly 72 h", { highRisk: true, detectedAt: iso(detected.getTime()), notifiedAt: iso(detected.getTime() + 72 * H) }, "ON_TIME"],
      ["one second more", { highRisk: true, detectedAt: iso(detected.getTime()), notifiedAt: iso(detected.getTime() + 72 * H + 1000) }, "LATE"],
      ["not yet, inside the window", { highRisk: true, detectedAt: iso(Date.now() - 72 * H + 120_000) }, "PENDING"],
      ["not yet, past the window", { highRisk: true, detectedAt: iso(Date.now() - 72 * H - 120_000) }, "OVERDUE"],
      ["not high-risk", { highRisk: false, detectedAt: iso(detected.getTime()) }, "NOT_REQUIRED"],
    ];
    for (const [title, fields, status] of cases) {
      const created = await report(title, fields);
      expect({ title, status: created.notificationStatus }).toEqual({ title, status });
      expected.set(created.id, status);
    }
  });
  afterAll(() => hub?.stop());

  it("gives the deadline as detection + 72 h for high-risk deployments only", async () => {
    const { body } = await hub.query(jp, `{ myCountry { incidents { nodes { title highRisk detectedAt notificationDeadline } } } }`);
    for (const node of body.data.myCountry.incidents.nodes) {
      if (!node.highRisk) expect(node.notificationDeadline).toBeNull();
      else expect(Date.parse(node.notificationDeadline) - Date.parse(node.detectedAt)).toBe(72 * H);
    }
  });

  it("filters and counts by status in agreement with the status it shows", async () => {
    for (const status of ["ON_TIME", "LATE", "PENDING", "OVERDUE", "NOT_REQUIRED"]) {
      const { body } = await hub.query(
        jp,
        `query($s: [NotificationStatus!]) { myCountry { incidents(filter: { notificationStatuses: $s }) { totalCount nodes { id notificationStatus } } } }`,
        { s: [status] },
      );
      const { totalCount, nodes } = body.data.myCountry.incidents;
      expect({ status, totalCount }).toEqual({ status, totalCount: 1 });
      expect(nodes.map((n: any) => [expected.get(n.id), n.notificationStatus])).toEqual([[status, status]]);
    }
    const highRisk = await hub.query(jp, `{ myCountry { incidents(filter: { highRisk: true }) { totalCount } } }`);
    expect(highRisk.body.data.myCountry.incidents.totalCount).toBe(4);
  });

  it("records a notification later through updateIncident", async () => {
    const pending = [...expected].find(([, status]) => status === "PENDING")![0];
    const { body } = await hub.query(
      jp,
      `mutation($id: ID!, $at: DateTime!) { updateIncident(id: $id, input: { notifiedAt: $at, reason: "Deployer notified" }) { notificationStatus revisions { previous } } }`,
      { id: pending, at: new Date().toISOString() },
    );
    expect(body.data.updateIncident).toEqual({ notificationStatus: "ON_TIME", revisions: [{ previous: { notifiedAt: null } }] });
  });

  it.each([
    ["a high-risk incident without detection time", { highRisk: true }, "detectedAt"],
    ["a notification before detection", { detectedAt: "2026-10-02T00:00:00Z", notifiedAt: "2026-10-01T12:00:00Z" }, "notifiedAt"],
    ["a notification in the future", { detectedAt: "2026-10-02T00:00:00Z", notifiedAt: "2099-01-01T00:00:00Z" }, "notifiedAt"],
  ])("refuses %s", async (_name, fields, field) => {
    const { body } = await hub.query(jp, REPORT, {
      i: { title: "bad", summary: "bad", severity: "HAZARD", classification: "PUBLIC", occurredAt: "2026-10-01T00:00:00Z", ...fields },
    });
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("finds incidents by words in the title or summary, treating wildcards literally", async () => {
    const find = async (text: string) =>
      (await hub.query(jp, `query($t: String) { myCountry { incidents(filter: { text: $t }) { totalCount } } }`, { t: text })).body.data.myCountry.incidents.totalCount;
    expect(await find("exactly")).toBe(1);
    expect(await find("NOT YET window")).toBe(2);
    expect(await find("%")).toBe(0);
    expect(await find("_")).toBe(0);
  });
});
