import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../dev/free-port.js";
import { DevHubProcess } from "../dev/dev-hub-process.js";
import { LAUNCHER_ENTRY } from "../dev/service-entries.js";

const COUNTRIES = ["CN", "EU", "JP", "KR", "US"];

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The README's quickstart as a new user runs it: `npm start` (the real launcher, real child
 * processes, embedded PostgreSQL unless DATABASE_URL is set), the token command, the first query.
 */
describe("npm start, the token command and the first query", () => {
  let hub: ChildProcess;
  let devHub: DevHubProcess;
  let env: NodeJS.ProcessEnv;
  let gateway: string;
  let dataDir: string;
  const output = () => devHub.output;
  const startHub = (command: string, args: string[]) => devHub.start(command, args, 90_000);
  const token = (...args: string[]) => devHub.token(...args).then((t) => `${t}\n`);
  const query = (bearer: string | undefined, q: string, variables?: object) => devHub.query(bearer, q, variables);

  beforeAll(async () => {
    // Services are restarted on their ports (a killed country). A frozen country is waited for 3 s: long
    // enough that a first, cold page of 500 from every country on two busy cores is no timeout (1 s was not).
    devHub = await DevHubProcess.create({
      countries: COUNTRIES.length,
      databaseUrl: process.env.DATABASE_URL,
      env: { HUB_LOG: "", HUB_NATION_TIMEOUT_MS: "3000", HUB_CIRCUIT_OPEN_MS: "500" },
    });
    ({ env, gatewayUrl: gateway, dataDir } = devHub);
    hub = await startHub(process.execPath, ["dev/run-built.mjs", LAUNCHER_ENTRY]);
  }, 120_000);

  afterAll(() => devHub.destroy());

  it("prints how to get a token and a first query", () => {
    expect(output()).toContain("npm run --silent token -- --country JP --role regulator");
    expect(output()).toContain(`${gateway}/graphql`);
    expect(output()).toContain(`Console  ${gateway}/console/`);
    expect(output()).toContain(`Sign-in  http://127.0.0.1:${env.HUB_IDP_PORT}/`);
  });

  it("prints a signed JWT and nothing else", async () => {
    const out = await token("--country", "JP", "--role", "regulator", "--scopes", "incidents:read audits:read", "--subject", "aiko");
    expect(out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const claims = JSON.parse(Buffer.from(out.split(".")[1]!, "base64url").toString());
    expect(claims).toMatchObject({
      // JP's own OpenID provider, in the identity-providers service: the token command signs as it.
      iss: `http://127.0.0.1:${env.HUB_IDP_PORT}/JP`,
      sub: "aiko",
      aud: "ai-safety-hub",
      country: "JP",
      roles: ["regulator"],
      scope: "incidents:read audits:read",
    });
    expect(claims.exp - claims.iat).toBe(3600);
    const overridden = JSON.parse(Buffer.from((await token("--country", "JP", "--role", "regulator", "--claim", "country=US", "--expires-in", "-5m")).split(".")[1]!, "base64url").toString());
    expect(overridden.country).toBe("US");
    expect(overridden.exp).toBeLessThan(overridden.iat);
  });

  it("refuses a token request it cannot honour, printing nothing on stdout", async () => {
    for (const args of [["--role", "regulator"], ["--country", "JP", "--role", "admin"], ["--country", "XX", "--role", "regulator"]]) {
      const failure = await token(...args).then(
        () => undefined,
        (error) => error,
      );
      expect(failure.code).toBe(2);
      expect(failure.stdout).toBe("");
      expect(failure.stderr).toMatch(/Usage/);
    }
  });

  it("serves each dev issuer's public keys, from its OpenID provider", async () => {
    const issuer = `http://127.0.0.1:${env.HUB_IDP_PORT}/KR`;
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(discovery).toMatchObject({ issuer, jwks_uri: `${issuer}/jwks` });
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    // The gateway's dev route publishes the same key.
    const fromGateway = (await (await fetch(`${gateway}/dev-issuers/KR/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
    expect(fromGateway.keys[0]!.kid).toBe(jwks.keys[0]!.kid);
    const health = await fetch(`${gateway}/health`);
    expect(health.status).toBe(200);
  });

  it("serves every service's metrics on its own port, listed in a Prometheus targets file", async () => {
    const file = join(dataDir, "run", "prometheus-targets.json");
    expect(output()).toContain(file);
    // Labelled as the compose topology's prometheus.yml labels its targets, so the kit's rules and dashboard apply.
    const targets = JSON.parse(readFileSync(file, "utf8")) as { targets: string[]; labels: { job: string; country?: string } }[];
    expect(targets.map((t) => `${t.labels.job}/${t.labels.country ?? ""}`).sort()).toEqual(
      ["hub-board/BOARD", "hub-gateway/", ...COUNTRIES.map((code) => `hub-national/${code}`)].sort(),
    );
    for (const { targets: [address], labels } of targets) {
      const response = await fetch(`http://${address}/metrics`);
      expect(response.status, labels.job).toBe(200);
      const service = labels.job.replace("hub-", "");
      const country = service === "national" ? labels.country : "";
      expect(await response.text()).toContain(`hub_service_info{service="${service}",country="${country}"} 1`);
    }
    expect((await fetch(`${gateway}/metrics`)).status).toBe(404);
  });

  it("answers the quickstart query with every country's own records under its own rules", async () => {
    const jp = (await token("--country", "JP", "--role", "regulator")).trim();
    const us = (await token("--country", "US", "--role", "regulator")).trim();
    const all = `{ countries { code incidents(first: 500) { totalCount nodes { id country classification } } } }`;
    const { body } = await query(jp, all);
    expect(body.errors).toBeUndefined();
    expect(body.data.countries.map((c: any) => c.code)).toEqual(COUNTRIES);
    for (const country of body.data.countries) {
      const classes = new Set(country.incidents.nodes.map((n: any) => n.classification));
      expect(country.incidents.nodes.every((n: any) => n.country === country.code)).toBe(true);
      expect(country.incidents.totalCount).toBe(country.incidents.nodes.length);
      expect(country.incidents.totalCount).toBeGreaterThanOrEqual(country.code === "JP" ? 20 : 1);
      if (country.code === "JP") expect(classes).toEqual(new Set(["PUBLIC", "SHARED", "RESTRICTED", "NATIONAL_SECURITY"]));
      else expect([...classes].every((c) => c === "PUBLIC" || c === "SHARED")).toBe(true);
    }
    const usSeenByJp = body.data.countries.find((c: any) => c.code === "US").incidents.totalCount;
    const own = await query(us, `{ country(code: "US") { incidents(first: 500) { totalCount nodes { id classification } } } }`);
    expect(own.body.data.country.incidents.totalCount).toBeGreaterThan(usSeenByJp);

    const secret = own.body.data.country.incidents.nodes.find((n: any) => n.classification === "NATIONAL_SECURITY").id;
    const byId = (id: string) => query(jp, `query($id: ID!) { country(code: "US") { incident(id: $id) { id } } }`, { id });
    const [asked, madeUp] = await Promise.all([byId(secret), byId(randomUUID())]);
    expect(asked).toEqual({ status: 200, body: { data: { country: { incident: null } } } });
    expect(madeUp).toEqual(asked);

    const anonymous = await query(undefined, all);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data).toBeUndefined();
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");

    const reported = await query(
      jp,
      `mutation { reportIncident(input: { title: "Quickstart report", summary: "Filed by the start test.", severity: INCIDENT, classification: SHARED, occurredAt: "2026-11-01T00:00:00Z" }) { id country } }`,
    );
    expect(reported.body.data.reportIncident.country).toBe("JP");
    const mine = await query(jp, `{ myCountry { incidents(first: 500) { nodes { id } } } }`);
    expect(mine.body.data.myCountry.incidents.nodes.map((n: any) => n.id)).toContain(reported.body.data.reportIncident.id);
  });

  it("logs each request under one id in every service it reaches, never a token, and shows it on the launcher's terminal", async () => {
    const jp = (await token("--country", "JP", "--role", "regulator")).trim();
    const expired = (await token("--country", "JP", "--role", "regulator", "--expires-in", "-5m")).trim();
    const ask = (bearer: string, id: string) =>
      fetch(`${gateway}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}`, "x-request-id": id },
        body: JSON.stringify({ query: "query AllIncidents { countries { code incidents { totalCount } } }" }),
      });
    expect((await ask(jp, "npm-start-logs-1")).headers.get("x-request-id")).toBe("npm-start-logs-1");
    expect((await ask(expired, "npm-start-refused")).status).toBe(401);
    const logs = () => devHub.logFiles();
    const jsonLines = (text: string) => text.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, any>);
    const requestLine = (service: string, id: string) => jsonLines(logs()[service] ?? "").find((line) => line.message === "request" && line.requestId === id);
    // Lines are written once the response has gone.
    expect(await eventually(async () => COUNTRIES.every((code) => requestLine(`national-${code}`, "npm-start-logs-1")) && !!requestLine("gateway", "npm-start-refused"))).toBe(true);
    expect(requestLine("gateway", "npm-start-logs-1")).toMatchObject({ service: "gateway", method: "POST", path: "/graphql", operation: "AllIncidents", operationType: "query", outcome: "ok", status: 200, country: "JP", roles: ["regulator"], ms: expect.any(Number) });
    expect(requestLine("board", "npm-start-logs-1")).toMatchObject({ status: 200, country: "JP" });
    expect(requestLine("gateway", "npm-start-refused")).toMatchObject({ status: 401 });
    expect(jsonLines(logs().gateway!).find((line) => line.message === "token rejected" && line.requestId === "npm-start-refused")).toBeDefined();
    for (const [service, text] of Object.entries(logs())) {
      expect(text, service).not.toContain("eyJ");
      expect(text, service).not.toContain(jp.split(".")[2]);
      const requests = jsonLines(text).filter((line) => line.message === "request");
      expect(requests.every((line) => typeof line.requestId === "string" && !("subject" in line)), service).toBe(true);
    }
    // The terminal: the gateway's request lines, readable and labelled; the countries' info lines only in their files.
    expect(output()).toMatch(/^gateway +\| \[[\d:.]+\] INFO: request \{"requestId":"npm-start-logs-1".*"operation":"AllIncidents"/m);
    expect(output()).not.toMatch(/^national-JP +\| .*INFO: request/m);
    expect(output()).not.toContain("eyJ");
  });

  const processes = () => JSON.parse(readFileSync(join(dataDir, "run", "processes.json"), "utf8")) as { name: string; pid: number | null }[];
  const krReason = async (token: string) => {
    const { body } = await query(token, `{ countries { code incidents { totalCount } } }`);
    const others = body.data.countries.filter((c: any) => c.code !== "KR");
    expect(others.every((c: any) => c.incidents.totalCount > 0)).toBe(true);
    return body.errors?.find((e: any) => e.extensions.country === "KR")?.extensions.reason ?? null;
  };
  const eventually = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100; i++) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  };

  it("answers without a frozen country, says why, and uses it again once it thaws", async () => {
    const jp = (await token("--country", "JP", "--role", "regulator")).trim();
    const kr = processes().find((p) => p.name === "national-KR")!.pid!;
    process.kill(kr, "SIGSTOP");
    try {
      expect(await krReason(jp)).toBe("timeout");
    } finally {
      process.kill(kr, "SIGCONT");
    }
    expect(await eventually(async () => (await krReason(jp)) === null)).toBe(true);
  });

  it("restarts a country's subgraph that dies, and the hub uses it again", async () => {
    const jp = (await token("--country", "JP", "--role", "regulator")).trim();
    const before = processes().find((p) => p.name === "national-KR")!.pid!;
    process.kill(before, "SIGKILL");
    expect(await eventually(async () => {
      const now = processes().find((p) => p.name === "national-KR")!.pid;
      return now !== null && now !== before && (await krReason(jp)) === null;
    })).toBe(true);
    expect(output()).toMatch(/national-KR exited \(SIGKILL\); restarting/);
  });

  it("takes a new member from the hub config on SIGHUP, without restarting anything", async () => {
    const jp = (await token("--country", "JP", "--role", "regulator")).trim();
    const pids = processes().map((p) => p.pid);
    const configFile = join(dataDir, "hub.json");
    const config = JSON.parse(readFileSync(configFile, "utf8"));
    config.countries.push({ code: "ZZ", url: `http://127.0.0.1:${await freePort()}/graphql`, name: "Zedland", joinedAt: "2026-12-01" });
    // A member needs an identity provider that speaks for it (a config without one is refused).
    config.issuers.push({ participant: "ZZ", issuer: "https://idp.zz.example", jwksUri: "https://idp.zz.example/jwks.json" });
    writeFileSync(configFile, JSON.stringify(config));
    process.kill(Number(readFileSync(join(dataDir, "run", "hub.pid"), "utf8")), "SIGHUP");
    expect(
      await eventually(async () => {
        const { body } = await query(jp, `{ countries { code name incidents { totalCount } } }`);
        const zz = body.data.countries.find((c: any) => c.code === "ZZ");
        const error = body.errors?.find((e: any) => e.extensions.country === "ZZ");
        return zz?.name === "Zedland" && zz.incidents === null && error?.extensions.reason === "unreachable";
      }),
    ).toBe(true);
    expect(processes().map((p) => p.pid)).toEqual(pids);
  });

  it("runs every service as its own process and stops them all on Ctrl-C", async () => {
    const table = JSON.parse(readFileSync(join(dataDir, "run", "processes.json"), "utf8")) as { name: string; pid: number | null }[];
    expect(table.map((p) => p.name).sort()).toEqual(["board", "gateway", "identity-providers", ...COUNTRIES.map((c) => `national-${c}`)].sort());
    const pids = table.map((p) => p.pid!);
    expect(pids.every((pid) => Number.isInteger(pid))).toBe(true);
    const exited = new Promise<number | null>((resolve) => hub.once("exit", resolve));
    // What a terminal does on Ctrl-C: SIGINT to the whole foreground process group at once.
    process.kill(-hub.pid!, "SIGINT");
    expect(await exited).toBe(0);
    if (!process.env.DATABASE_URL) expect(await isListening(Number(env.HUB_PG_PORT))).toBe(false);
    const alive = pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  });

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  /** Every pid gone and, with the embedded database, PostgreSQL's port closed. */
  const allStopped = async (pids: number[]) =>
    eventually(async () => pids.every((pid) => !alive(pid)) && (process.env.DATABASE_URL ? true : !(await isListening(Number(env.HUB_PG_PORT)))));
  const launcherPid = () => Number(readFileSync(join(dataDir, "run", "hub.pid"), "utf8"));

  it("stops every service and PostgreSQL on SIGTERM to the launcher's own pid (npm start, not its process group)", async () => {
    hub = await startHub("npm", ["start"]);
    const launcher = launcherPid();
    const pids = [launcher, ...processes().map((p) => p.pid!)];
    expect(pids.every(alive)).toBe(true);
    process.kill(launcher, "SIGTERM");
    expect(await allStopped(pids)).toBe(true);
    expect(output()).toContain("SIGTERM: stopping the hub...");
    expect(output()).toContain("stopped.");
  }, 120_000);

  it("stops every service and PostgreSQL when the launcher's parent dies", async () => {
    // A shell that cannot exec the launcher stays its parent, as `sh -c` under npm does.
    hub = await startHub("sh", ["-c", `node dev/run-built.mjs ${LAUNCHER_ENTRY}; exit $?`]);
    const launcher = launcherPid();
    expect(launcher).not.toBe(hub.pid);
    const pids = [launcher, ...processes().map((p) => p.pid!)];
    process.kill(hub.pid!, "SIGKILL");
    expect(await allStopped(pids)).toBe(true);
  }, 120_000);
});
