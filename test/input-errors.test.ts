import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Incident } from "../subgraphs/national/incidents/incident.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const REPORT = `mutation($input: ReportIncidentInput!, $key: String) { reportIncident(input: $input, idempotencyKey: $key) { id } }`;
const input = (overrides: Record<string, unknown> = {}) => ({
  title: "Input errors",
  summary: "A report used to probe the hub's input checks.",
  severity: "HAZARD",
  classification: "SHARED",
  occurredAt: "2026-11-20T10:00:00.000Z",
  ...overrides,
});

/**
 * Bad input is refused before anything is written, with BAD_USER_INPUT and the input it is about in
 * `extensions.field`, through the gateway and at a national subgraph directly alike.
 */
describe("input a client got wrong", () => {
  let hub: TestHub;
  let regulator: string;
  const stored = () => hub.nations.get("JP")!.db.getRepository(Incident).count();
  const endpoints = () => ({ gateway: hub.gatewayUrl, subgraph: hub.nations.get("JP")!.server.url });

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP"] });
    regulator = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  it("refuses implausible dates, as variables and as literals, and writes nothing", async () => {
    for (const [name, url] of Object.entries(endpoints())) {
      for (const occurredAt of ["0001-01-01T00:00:00Z", "1989-12-31T23:59:59Z", "2200-01-01T00:00:00Z"]) {
        const { body } = await hub.query(regulator, REPORT, { input: input({ occurredAt }) }, url);
        expect({ name, occurredAt, data: body.data ?? null, extensions: body.errors?.[0]?.extensions }).toMatchObject({
          name, occurredAt, data: null, extensions: { code: "BAD_USER_INPUT", field: "input.occurredAt" },
        });
        expect(body.errors![0]!.message).toContain("between 1990-01-01 and 2199-12-31");
      }
      const literal = await hub.query(regulator, `mutation { reportIncident(input: { title: "t", summary: "s", severity: HAZARD,
        classification: SHARED, occurredAt: "0001-01-01T00:00:00Z" }) { id } }`, undefined, url);
      expect({ name, extensions: literal.body.errors?.[0]?.extensions }).toMatchObject({ name, extensions: { field: "input.occurredAt" } });
      expect(literal.body.data ?? null).toBeNull();
    }
    // Filters are held to the same range.
    const filter = await hub.query(regulator, `{ myCountry { incidents(filter: { occurredAfter: "0001-01-01T00:00:00Z" }) { totalCount } } }`);
    expect(filter.body.errors?.[0]?.extensions).toMatchObject({ field: "filter.occurredAfter" });
    expect(await stored()).toBe(0);
  });

  it("names the field of a bad enum value, in a variable and in a literal", async () => {
    const variable = await hub.query(regulator, REPORT, { input: input({ severity: "APOCALYPSE" }) });
    expect(variable.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.severity" });
    const nested = await hub.query(regulator, REPORT, { input: input({ harmTypes: ["PHYSICAL", "NOPE"] }) });
    expect(nested.body.errors?.[0]?.extensions).toMatchObject({ field: "input.harmTypes.1" });
    const literal = await hub.query(regulator, `{ myCountry { incidents(filter: { severities: [APOCALYPSE] }) { totalCount } } }`);
    expect(literal.body.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", field: "filter.severities" });
    expect(await stored()).toBe(0);
  });

  it("refuses an empty idempotency key rather than writing without one", async () => {
    for (const key of ["", "   "]) {
      const first = await hub.query(regulator, REPORT, { input: input(), key });
      expect(first.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    }
    expect(await stored()).toBe(0);
    // Leaving the argument out still works.
    const none = await hub.query(regulator, REPORT, { input: input() });
    expect(none.body.errors).toBeUndefined();
    expect(await stored()).toBe(1);
  });
});
