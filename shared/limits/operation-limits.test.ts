import { ApolloGateway } from "@apollo/gateway";
import { getIntrospectionQuery, getOperationAST, type GraphQLSchema, Kind, parse, specifiedRules, validate } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../../gateway/supergraph/compose-supergraph.js";
import { disableApolloTelemetry } from "../../gateway/telemetry.js";
import { buildNationalSchema } from "../../subgraphs/national/schema.js";
import { ConfigError, parseHubConfig } from "../config/hub-config.js";
import { DEFAULT_OPERATION_LIMITS, operationLimitsSchema, statementTimeoutMs } from "./operation-limits.js";
import { operationCost } from "./operation-cost.js";
import { measure, operationShapeRule } from "./operation-shape.js";

/** Legitimate queries: the README's, the tests' widest and the benchmark's. They must stay well inside the defaults. */
const QUICKSTART_500 = `{ countries { code name incidents(first: 500) { totalCount nodes {
  id title summary severity classification occurredAt detectedAt notifiedAt notificationStatus highRisk harmTypes reporter } } } }`;
const README_REGULATOR = `query($since: DateTime!) {
  countries { code
    incidents(first: 100, filter: { severities: [SERIOUS_INCIDENT, DISASTER], highRisk: true, occurredAfter: $since }) {
      totalCount
      nodes { id title severity occurredAt notificationStatus notificationDeadline
        system { name riskTier provenance { trainingSources { name kind } releases { version releasedAt architectureChange } } } } } } }`;
const BENCH_FAN_OUT = `query FanOut($codes: [ID!]) { countries(codes: $codes) { code incidents(first: 20) { totalCount nodes { id title severity classification occurredAt } } } }`;
const BENCH_ONE_COUNTRY = `query OneCountry($code: ID!) { country(code: $code) { code name incidents(first: 50) { totalCount nodes {
  id title severity classification occurredAt notificationStatus
  system { id name riskTier developer { name } provenance { trainingSources { name kind } releases { version releasedAt } } } } } } }`;
const BENCH_NESTED = `query Nested($code: ID!, $first: Int!) { _entities(representations: [{ __typename: "Country", code: $code }]) { ... on Country {
  incidents(first: $first) { nodes { id title system { id name developer { name } deployments { setting deployer { name } missingRedTeam }
    provenance { trainingSources { name } releases { version } } audits { id kind status findings { title } } } } } } } }`;

/** The abuse seen: ten aliases of the quickstart, and the 13-level loop through a system's audits. */
const TEN_ALIASES = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: countries { code incidents(first: 500) { nodes { id title summary severity classification occurredAt } } }`).join(" ")} }`;
/** `audits { system { audits { system ... } } }`, `levels` fields deep, under a country's systems. */
function systemAuditLoop(levels: number): string {
  let inner = "id";
  for (let i = levels; i > 0; i--) inner = `${i % 2 === 1 ? "audits" : "system"} { id ${inner} }`;
  return `{ country(code: "JP") { systems { id ${inner} } } }`;
}

describe("operation limits against the hub's real schemas", () => {
  let api: GraphQLSchema;
  let national: GraphQLSchema;
  const FIVE = 5;
  const FIFTY = 50;

  beforeAll(async () => {
    disableApolloTelemetry();
    const { supergraphSdl } = await composeSupergraph();
    const gateway = new ApolloGateway({ supergraphSdl });
    api = (await gateway.load()).schema;
    await gateway.stop();
    national = await buildNationalSchema();
  });

  const cost = (schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}, countries = FIVE) => {
    const document = parse(query);
    const widths = {
      "Query.countries": (args: Record<string, unknown>) => (Array.isArray(args.codes) ? args.codes.length : countries),
      "Query._entities": (args: Record<string, unknown>) => (Array.isArray(args.representations) ? args.representations.length : undefined),
    };
    return operationCost(schema, document, getOperationAST(document)!, variables, { defaultListSize: DEFAULT_OPERATION_LIMITS.defaultListSize, listWidths: widths });
  };
  const shapeErrors = (schema: GraphQLSchema, query: string) =>
    validate(schema, parse(query), [...specifiedRules, operationShapeRule(() => DEFAULT_OPERATION_LIMITS)]).map((e) => e.message);

  const shapeOf = (query: string) => {
    const document = parse(query);
    const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
    return measure(getOperationAST(document)!.selectionSet, (name) => fragments.get(name));
  };
  const depthOf = (query: string) => shapeOf(query).depth;

  it("lets the README's, the tests' and the benchmark's widest queries through with room to spare", () => {
    const limit = DEFAULT_OPERATION_LIMITS.maxCost;
    // 5 countries x 500 incidents x a dozen fields: the quickstart's largest form.
    expect(cost(api, QUICKSTART_500)).toBe(32_525);
    expect(cost(api, README_REGULATOR, { since: "2026-01-01T00:00:00Z" })).toBe(40_520);
    expect(cost(api, BENCH_FAN_OUT, { codes: Array.from({ length: FIFTY }, (_, i) => `C${i}`) }, FIFTY)).toBe(6_200);
    expect(cost(api, BENCH_ONE_COUNTRY, { code: "JP" })).toBe(3_705);
    expect(cost(national, BENCH_NESTED, { code: "JP", first: 100 })).toBe(33_902);
    for (const figure of [32_525, 40_520, 6_200, 3_705, 33_902]) expect(figure).toBeLessThan(limit / 2);
    for (const query of [QUICKSTART_500, README_REGULATOR, BENCH_FAN_OUT, BENCH_ONE_COUNTRY]) expect(shapeErrors(api, query)).toEqual([]);
    expect(shapeErrors(national, BENCH_NESTED)).toEqual([]);
    expect(Math.max(...[QUICKSTART_500, README_REGULATOR, BENCH_ONE_COUNTRY, BENCH_NESTED].map(depthOf))).toBe(7);
  });

  it("sizes the fan-out by the membership, or by the codes asked for", () => {
    expect(cost(api, QUICKSTART_500, {}, FIFTY)).toBe(10 * cost(api, QUICKSTART_500, {}, FIFTY / 10));
    const two = `{ countries(codes: ["JP", "KR"]) { code incidents(first: 500) { nodes { id } } } }`;
    expect(cost(api, two, {}, FIFTY)).toBe(cost(api, two, {}, FIVE));
    expect(cost(api, two)).toBe(2 * (1 + 1 + 1 + 500 * 2));
  });

  it("reads `first` from variables and the schema's default, and never counts a negative page", () => {
    const byVariable = `query($n: Int!) { country(code: "JP") { incidents(first: $n) { nodes { id } } } }`;
    expect(cost(api, byVariable, { n: 500 })).toBe(1 + 1 + 500 * 2);
    expect(cost(api, byVariable, { n: -5 })).toBe(2);
    // `incidents` pages 50 by default.
    expect(cost(api, `{ country(code: "JP") { incidents { nodes { id } } } }`)).toBe(2 + 50 * 2);
  });

  it("refuses ten aliases of the quickstart on cost, and a loop through systems and audits on depth and cost", () => {
    expect(cost(api, TEN_ALIASES)).toBe(175_150);
    expect(cost(api, TEN_ALIASES)).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
    const loop = systemAuditLoop(13);
    expect(depthOf(loop)).toBe(16);
    expect(shapeErrors(api, loop)).toEqual(["Query depth 16 exceeds the limit of 10: nest fewer fields inside each other."]);
    expect(cost(api, loop)).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
  });

  it("counts aliases, directives and tokens, a fragment spread many times counted each time but measured once", () => {
    const me5000 = `{ ${Array.from({ length: 5000 }, (_, i) => `m${i}: me { country }`).join(" ")} }`;
    expect(shapeErrors(api, me5000)).toEqual([
      "Query has 30,002 tokens, more than the limit of 2,000: send a shorter query.",
      "Query uses 5,000 aliases, more than the limit of 20.",
    ]);
    const spreads = `query { ...a ...a } fragment a on Query { ...b ...b } fragment b on Query { x: me { country @include(if: true) } }`;
    expect(shapeErrors(api, spreads)).toEqual([]);
    expect(shapeOf(spreads)).toEqual({ depth: 2, aliases: 4, directives: 4 });
  });

  it("lets the standard introspection query through (its `ofType` chain does not deepen)", () => {
    expect(shapeErrors(api, getIntrospectionQuery())).toEqual([]);
    expect(cost(api, getIntrospectionQuery())).toBeLessThan(DEFAULT_OPERATION_LIMITS.maxCost);
  });

  it("has a config schema that fills defaults and names what is wrong", () => {
    expect(operationLimitsSchema.parse({})).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(DEFAULT_OPERATION_LIMITS).toMatchObject({ maxDepth: 10, maxAliases: 20, maxDirectives: 10, maxTokens: 2000, maxCost: 100_000, fieldSuggestions: false });
    const typo = operationLimitsSchema.safeParse({ maxDeth: 3, maxCost: -1 });
    expect(typo.success).toBe(false);
    expect(typo.error!.issues.map((i) => i.path.join(".") || i.message)).toEqual(expect.arrayContaining(["maxCost"]));
    expect(JSON.stringify(typo.error!.issues)).toContain("maxDeth");
  });

  it("is read from the hub config's `limits`, defaults when absent, a typo refused", () => {
    const base = {
      board: { url: "http://127.0.0.1:4100/graphql" },
      countries: [{ code: "JP", url: "http://127.0.0.1:4101/graphql" }],
      issuers: [{ participant: "JP", issuer: "https://idp.jp.example", jwksUri: "https://idp.jp.example/jwks.json" }],
    };
    expect(parseHubConfig(base, "/etc/hub").limits).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(parseHubConfig({ ...base, limits: { maxDepth: 6 } }, "/etc/hub").limits).toMatchObject({ maxDepth: 6, maxCost: 100_000 });
    expect(() => parseHubConfig({ ...base, limits: { maxDeth: 6 } }, "/etc/hub")).toThrowError(ConfigError);
    expect(() => parseHubConfig({ ...base, limits: { maxDeth: 6 } }, "/etc/hub")).toThrowError(/limits.*maxDeth/);
    expect(statementTimeoutMs(undefined, 2000)).toBe(2500);
    expect(statementTimeoutMs({ ...DEFAULT_OPERATION_LIMITS, statementTimeoutMs: 900 }, 2000)).toBe(900);
  });
});
