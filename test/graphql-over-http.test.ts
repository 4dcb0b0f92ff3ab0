import { type AuditResult, serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.js";

type Figures = Record<"MUST" | "SHOULD" | "MAY", { passed: number; total: number }>;

/** graphql-http's own audit of the GraphQL over HTTP spec, run with a valid token on every request. */
async function audit(url: string, token: string): Promise<{ figures: Figures; failures: string[] }> {
  const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const results: AuditResult[] = [];
  for (const check of serverAudits({ url, fetchFn })) results.push(await check.fn());
  const figures: Figures = { MUST: { passed: 0, total: 0 }, SHOULD: { passed: 0, total: 0 }, MAY: { passed: 0, total: 0 } };
  const failures: string[] = [];
  for (const result of results) {
    const level = result.name.split(" ")[0] as keyof Figures;
    figures[level].total++;
    if (result.status === "ok") figures[level].passed++;
    else failures.push(`${result.name}: ${result.reason}`);
  }
  return { figures, failures };
}

describe("GraphQL over HTTP (graphql-http's audit), with CSRF prevention on", () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP"] });
    token = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  it.each([
    ["the gateway", () => hub.gatewayUrl],
    ["a national subgraph", () => hub.nations.get("JP")!.server.url],
    ["the board subgraph", () => hub.boardUrl],
  ])("passes every MUST and SHOULD at %s", async (_name, url) => {
    const { figures, failures } = await audit(url(), token);
    console.info(`${_name}: MUST ${figures.MUST.passed}/${figures.MUST.total}, SHOULD ${figures.SHOULD.passed}/${figures.SHOULD.total}, MAY ${figures.MAY.passed}/${figures.MAY.total}`);
    expect(failures.filter((failure) => !failure.startsWith("MAY"))).toEqual([]);
    expect(figures.MUST.total + figures.SHOULD.total + figures.MAY.total).toBeGreaterThanOrEqual(60);
  });

  it("still refuses a GET query without a preflight-forcing header (CSRF prevention)", async () => {
    const response = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].message).toMatch(/CSRF/);
  });

  it("answers a parse error 200 under application/json and 400 under application/graphql-response+json", async () => {
    const ask = (accept: string) =>
      fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", accept, authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "{" }) });
    const legacy = await ask("application/json");
    expect(legacy.status).toBe(200);
    expect(((await legacy.json()) as any).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    const modern = await ask("application/graphql-response+json");
    expect(modern.status).toBe(400);
  });
});
