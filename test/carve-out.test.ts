import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Severity } from "../shared/incidents/severity.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const COUNTRIES = ["JP", "US", "KR"];
const ALL = Object.values(Classification);
const ENTITY_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id title classification } } }`;

/** Each country holds 3 records of every classification, so any leak changes a count. */
function registerOf(country: string) {
  return ALL.flatMap((classification) =>
    [0, 1, 2].map((n) => ({ classification, title: `${country} ${classification} ${n}`, severity: Severity.SERIOUS_INCIDENT })),
  );
}

describe("classification and the national-security carve-out", () => {
  let hub: TestHub;
  let tokens: Record<string, string>;
  const ids: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    hub = await startTestHub({ countries: COUNTRIES });
    for (const code of COUNTRIES) {
      const rows = await insertIncidents(hub.nations.get(code)!.db, code, registerOf(code));
      ids[code] = Object.fromEntries(rows.map((row) => [row.classification, row.id]));
    }
    tokens = {
      JP: await hub.token("JP", { roles: ["regulator"] }),
      US: await hub.token("US", { roles: ["regulator"] }),
      BOARD: await hub.token("BOARD", { roles: ["analyst"] }),
    };
  });
  afterAll(() => hub?.stop());

  const listAll = async (token: string) => {
    const { body } = await hub.query(
      token,
      `{ countries { code incidents(first: 500) { totalCount nodes { id country classification } } } }`,
    );
    expect(body.errors).toBeUndefined();
    return Object.fromEntries(body.data!.countries.map((c: any) => [c.code, c.incidents]));
  };

  it("shows the owner everything and other participants only PUBLIC and SHARED, in lists and counts", async () => {
    const seenByJp = await listAll(tokens.JP!);
    expect(new Set(seenByJp.JP.nodes.map((n: any) => n.classification))).toEqual(new Set(ALL));
    expect(seenByJp.JP.totalCount).toBe(12);
    for (const code of ["US", "KR"]) {
      expect(new Set(seenByJp[code].nodes.map((n: any) => n.classification))).toEqual(new Set(["PUBLIC", "SHARED"]));
      expect(seenByJp[code].totalCount).toBe(6);
      expect(seenByJp[code].nodes).toHaveLength(6);
    }
    const seenByUs = await listAll(tokens.US!);
    expect(seenByUs.US.totalCount).toBeGreaterThan(seenByJp.US.totalCount);
  });

  it("gives the review board PUBLIC and SHARED records of every country, never more", async () => {
    const seen = await listAll(tokens.BOARD!);
    for (const code of COUNTRIES) {
      expect(seen[code].totalCount).toBe(6);
      expect(seen[code].nodes.every((n: any) => ["PUBLIC", "SHARED"].includes(n.classification))).toBe(true);
    }
  });

  it("counts nothing a foreign caller may not see, whatever the filter", async () => {
    const { body } = await hub.query(
      tokens.JP,
      `{ country(code: "US") { incidents(filter: { classifications: [RESTRICTED, NATIONAL_SECURITY] }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(body).toEqual({ data: { country: { incidents: { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } } });
  });

  it("answers a foreign NATIONAL_SECURITY id exactly like an id that never existed", async () => {
    const ask = (id: string) => hub.query(tokens.JP, `query($id: ID!) { country(code: "US") { incident(id: $id) { id title } } }`, { id });
    const secret = await ask(ids.US!.NATIONAL_SECURITY!);
    const restricted = await ask(ids.US!.RESTRICTED!);
    const madeUp = await ask(randomUUID());
    const malformed = await ask("not-an-id");
    expect(secret).toEqual({ status: 200, body: { data: { country: { incident: null } } } });
    for (const other of [restricted, madeUp, malformed]) expect(other).toEqual(secret);
    // The owner does see it.
    const own = await hub.query(tokens.US, `query($id: ID!) { country(code: "US") { incident(id: $id) { classification } } }`, {
      id: ids.US!.NATIONAL_SECURITY,
    });
    expect(own.body.data.country.incident.classification).toBe("NATIONAL_SECURITY");
  });

  it("holds when a foreign caller bypasses the gateway and asks the country's subgraph directly", async () => {
    const usSubgraph = hub.nations.get("US")!.server.url;
    const entity = (id: string) => hub.query(tokens.JP, ENTITY_QUERY, { r: [{ __typename: "Incident", country: "US", id }] }, usSubgraph);
    const secret = await entity(ids.US!.NATIONAL_SECURITY!);
    const madeUp = await entity(randomUUID());
    expect(secret.body).toEqual({ data: { _entities: [null] } });
    expect(madeUp).toEqual(secret);
    const counts = await hub.query(
      tokens.JP,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { incidents(first: 500) { totalCount nodes { classification } } } } }`,
      { r: [{ __typename: "Country", code: "US" }] },
      usSubgraph,
    );
    expect(counts.body.data._entities[0].incidents.totalCount).toBe(6);
    expect(counts.body.data._entities[0].incidents.nodes.every((n: any) => ["PUBLIC", "SHARED"].includes(n.classification))).toBe(true);
  });

  it("never answers for another country's records, even when asked to", async () => {
    // JP's subgraph asked about a US record (a misrouted or forged representation) resolves nothing.
    const { body } = await hub.query(
      tokens.US,
      ENTITY_QUERY,
      { r: [{ __typename: "Incident", country: "US", id: ids.JP!.PUBLIC }] },
      hub.nations.get("JP")!.server.url,
    );
    expect(body).toEqual({ data: { _entities: [null] } });
  });

  it("pages through a list with cursors, visiting every visible record once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { body }: any = await hub.query(
        tokens.JP,
        `query($after: String) { country(code: "KR") { incidents(first: 4, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } }`,
        { after },
      );
      const incidents = body.data.country.incidents;
      expect(incidents.totalCount).toBe(6);
      seen.push(...incidents.nodes.map((n: any) => n.id));
      if (!incidents.pageInfo.hasNextPage) break;
      after = incidents.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    const bad = await hub.query(tokens.JP, `{ country(code: "KR") { incidents(after: "bm90IGEgY3Vyc29y") { totalCount } } }`);
    expect(bad.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});
