import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../../gateway/supergraph/compose-supergraph.js";
import { CANNED_TOTAL_COUNT, INCIDENTS_PER_COUNTRY } from "./canned.js";
import { type StandIns, startStandIns } from "./stand-ins.js";

const DELAY_MS = 60;

/** The parts of the FAN_OUT query the gateway sends: the board's directory, then each country's `_entities`. */
const BOARD_PART = `query FanOut__board__0($codes:[ID!]){countries(codes:$codes){__typename code}}`;
const ENTITIES_PART = `query FanOut__national__1($representations:[_Any!]!){_entities(representations:$representations){...on Country{incidents(first:20){totalCount nodes{id title severity classification occurredAt}}}}}`;

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ body: { data?: Record<string, unknown>; errors?: unknown[] }; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(response.status).toBe(200);
  return { body, ms: performance.now() - started };
}

describe("the bench's stand-in countries and board", () => {
  let standIns: StandIns;
  beforeAll(async () => {
    standIns = await startStandIns({ codes: ["JP", "US"], delayMs: DELAY_MS, names: { JP: "Japan" } });
  });
  afterAll(() => standIns?.close());

  it("answer the board's directory part: the codes asked for that are members, in order", async () => {
    const { body, ms } = await post(standIns.boardUrl, BOARD_PART, { codes: ["US", "JP", "XX"] });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ countries: [{ __typename: "Country", code: "JP" }, { __typename: "Country", code: "US" }] });
    // Timers may fire up to a millisecond early by the clock measuring them: no tighter than the delay.
    expect(ms).toBeGreaterThanOrEqual(DELAY_MS - 1);
  });

  it("answer a country's `_entities` part with a page of canned incidents, the same again from the cache", async () => {
    const representations = [{ __typename: "Country", code: "JP" }];
    const first = await post(standIns.countryUrls.JP!, ENTITIES_PART, { representations });
    expect(first.body.errors).toBeUndefined();
    const entities = first.body.data!._entities as { incidents: { totalCount: number; nodes: Record<string, unknown>[] } }[];
    expect(entities).toHaveLength(1);
    expect(entities[0]!.incidents.totalCount).toBe(CANNED_TOTAL_COUNT);
    expect(entities[0]!.incidents.nodes).toHaveLength(INCIDENTS_PER_COUNTRY);
    for (const node of entities[0]!.incidents.nodes) {
      expect(Object.keys(node)).toEqual(["id", "title", "severity", "classification", "occurredAt"]);
      expect(node.id).toMatch(/^JP-INC-\d{4}$/);
      expect(["HAZARD", "SERIOUS_HAZARD", "INCIDENT", "SERIOUS_INCIDENT", "DISASTER"]).toContain(node.severity);
      expect(["SHARED", "PUBLIC"]).toContain(node.classification);
      expect(new Date(node.occurredAt as string).toISOString()).toBe(node.occurredAt);
    }
    expect(first.ms).toBeGreaterThanOrEqual(DELAY_MS - 1);
    const again = await post(standIns.countryUrls.JP!, ENTITIES_PART, { representations });
    expect(again.body).toEqual(first.body);
    expect(again.ms).toBeGreaterThanOrEqual(DELAY_MS - 1);
  });

  it("answer selections beyond the canned fields with values of the right type", async () => {
    const query = `query($representations:[_Any!]!){_entities(representations:$representations){...on Country{incidents(first:2){nodes{id notificationStatus system{name}}}}}}`;
    const { body } = await post(standIns.countryUrls.US!, query, { representations: [{ __typename: "Country", code: "US" }] });
    expect(body.errors).toBeUndefined();
    const nodes = (body.data!._entities as { incidents: { nodes: { id: string; notificationStatus: string; system: { name: string } }[] } }[])[0]!.incidents.nodes;
    expect(nodes).toHaveLength(2);
    expect(nodes[0]!.id).toBe("US-INC-0001");
    expect(typeof nodes[0]!.notificationStatus).toBe("string");
    expect(typeof nodes[0]!.system.name).toBe("string");
  });

  it("serve GET /health and the national schema hash the gateway composes", async () => {
    const health = await fetch(new URL("/health", standIns.countryUrls.JP));
    expect(health.status).toBe(200);
    const served = (await (await fetch(new URL("/schema-hash", standIns.countryUrls.US))).json()) as { sha256: string };
    expect(served.sha256).toBe((await composeSupergraph()).nationalSdlHash);
    expect(standIns.nationalSdlHash).toBe(served.sha256);
    expect((await fetch(new URL("/health", standIns.boardUrl))).status).toBe(200);
  });
});
