import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_OPERATION_LIMITS } from "../shared/limits/index.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * The abuse of issue 11, sent for real: through the gateway, and straight to a national subgraph with a
 * valid token (a subgraph must not count on the gateway). Each is refused with BAD_USER_INPUT and a
 * message naming the limit, before anything runs, and the other callers are not affected.
 */
const COUNTRIES = ["JP", "US", "EU", "CN", "KR"];
const DOZEN_FIELDS = "id title summary severity classification occurredAt detectedAt notifiedAt notificationStatus highRisk harmTypes reporter";
const QUICKSTART = `{ countries { code name incidents(first: 500) { totalCount nodes { ${DOZEN_FIELDS} } } } }`;
const TEN_ALIASES = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: countries { code incidents(first: 500) { nodes { ${DOZEN_FIELDS} } } }`).join(" ")} }`;

/** `systems { audits { system { audits ... } } }`: the 408-byte loop that took a country down. */
function auditLoop(levels: number): string {
  let inner = "id";
  for (let i = levels; i > 0; i--) inner = `${i % 2 === 1 ? "audits" : "system"} { id ${inner} }`;
  return `systems { id ${inner} }`;
}

describe("operation limits, at the gateway and at each subgraph", () => {
  let hub: TestHub;
  let usRegulator: string;
  let jpRegulator: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: COUNTRIES });
    for (const code of COUNTRIES) await insertIncidents(hub.nations.get(code)!.db, code, [{}, {}]);
    usRegulator = await hub.token("US", { roles: ["regulator"] });
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  // A refused operation is a request error: HTTP 200 under `accept: application/json` (GraphQL over
  // HTTP), with no data and the one error.
  const refusal = (body: Awaited<ReturnType<TestHub["query"]>>["body"]) => {
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    return body.errors![0]!;
  };

  /** After each attack: another caller is served by every country, and no circuit opened. */
  const othersUnaffected = async () => {
    const { body } = await hub.query(jpRegulator, `{ countries { code incidents { totalCount } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.countries.map((c: any) => c.incidents.totalCount)).toEqual(COUNTRIES.map(() => 2));
    const health = await (await fetch(new URL("/health", hub.gatewayUrl))).json();
    expect(health).toMatchObject({ status: "up", countries: Object.fromEntries(COUNTRIES.map((c) => [c, "up"])) });
  };

  it("still answers the quickstart's largest form: 500 incidents with a dozen fields from each of five countries", async () => {
    const { status, body } = await hub.query(usRegulator, QUICKSTART);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.countries).toHaveLength(5);
    for (const country of body.data.countries) expect(country.incidents.nodes).toHaveLength(2);
  });

  it("refuses ten aliases of it on cost, naming the figure and the limit", async () => {
    const { status, body } = await hub.query(usRegulator, TEN_ALIASES);
    expect(status).toBe(200);
    const error = refusal(body);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "cost", max: 100_000 });
    expect(error.extensions!.found).toBeGreaterThan(300_000);
    expect(error.message).toMatch(/^Query cost [\d,]+ exceeds the limit of 100,000/);
    await othersUnaffected();
  });

  it("refuses 5000 aliases of `me` before parsing them, and 25 on the alias limit", async () => {
    const many = await hub.query(usRegulator, `{ ${Array.from({ length: 5000 }, (_, i) => `m${i}: me { country }`).join(" ")} }`);
    expect(many.status).toBe(200);
    const tokens = refusal(many.body);
    expect(tokens.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "tokens", max: 2000 });
    expect(tokens.message).toBe("Query has more tokens than the limit of 2,000: send a shorter query.");

    const some = await hub.query(usRegulator, `{ ${Array.from({ length: 25 }, (_, i) => `m${i}: me { country }`).join(" ")} }`);
    expect(some.status).toBe(200);
    const aliases = refusal(some.body);
    expect(aliases.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "aliases", found: 25, max: 20 });
    expect(aliases.message).toBe("Query uses 25 aliases, more than the limit of 20.");
    await othersUnaffected();
  });

  it("refuses the 13-level system/audits loop at the gateway", async () => {
    const { status, body } = await hub.query(usRegulator, `{ country(code: "JP") { ${auditLoop(13)} } }`);
    expect(status).toBe(200);
    const error = refusal(body);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "depth", found: 16, max: 10 });
    expect(error.message).toBe("Query depth 16 exceeds the limit of 10: nest fewer fields inside each other.");
    await othersUnaffected();
  });

  it("refuses the same loop sent straight to Japan's subgraph with a valid token", async () => {
    const jp = hub.nations.get("JP")!.server.url;
    const loop = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { ${auditLoop(13)} } } }`;
    const { status, body } = await hub.query(usRegulator, loop, { r: [{ __typename: "Country", code: "JP" }] }, jp);
    expect(status).toBe(200);
    expect(refusal(body).extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "depth", found: 16, max: 10 });
    // The same subgraph still answers a reasonable entity fetch from the same caller.
    const fine = await hub.query(usRegulator, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { ${auditLoop(3)} } } }`, {
      r: [{ __typename: "Country", code: "JP" }],
    }, jp);
    expect(fine.body.errors).toBeUndefined();
  });

  it("counts a subgraph's entity fetch by its representations: 300 countries' pages of 500 are refused there", async () => {
    const jp = hub.nations.get("JP")!.server.url;
    const fetch300 = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { incidents(first: 500) { nodes { id } } } } }`;
    const representations = Array.from({ length: 300 }, () => ({ __typename: "Country", code: "JP" }));
    const { status, body } = await hub.query(usRegulator, fetch300, { r: representations }, jp);
    expect(status).toBe(200);
    expect(refusal(body).extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "cost", found: 300 * (1 + 1 + 500 * 2) });
  });

  it("refuses more than ten directives", async () => {
    const { body } = await hub.query(usRegulator, `{ me { ${Array.from({ length: 11 }, () => "country @include(if: true)").join(" ")} } }`);
    expect(refusal(body)).toMatchObject({ message: "Query uses 11 directives, more than the limit of 10.", extensions: { limit: "directives" } });
  });

  it("keeps batched requests refused", async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${usRegulator}` },
      body: JSON.stringify([{ query: "{ me { country } }" }, { query: "{ me { subject } }" }]),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toContain('"me"');
  });

  it("suggests no field names unless the config turns suggestions on (dev)", async () => {
    const typo = `{ countries { cod } }`;
    const off = await hub.query(usRegulator, typo);
    expect(off.body.errors![0]!.message).toBe('Cannot query field "cod" on type "Country".');
    await hub.membership.gateway.update({ ...hub.config, limits: { ...DEFAULT_OPERATION_LIMITS, fieldSuggestions: true } });
    try {
      const on = await hub.query(usRegulator, typo);
      expect(on.body.errors![0]!.message).toMatch(/Did you mean "code"/);
    } finally {
      await hub.membership.gateway.update(hub.config);
    }
  });
});
