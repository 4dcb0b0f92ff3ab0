import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { HubConfig } from "../shared/config/hub-config.js";
import { LiveConfig } from "../shared/config/live-config.js";
import { devIssuerUrl, ensureDevIssuer, signDevToken } from "../dev/dev-issuers.js";
import type { RunningServer } from "../shared/service/service-http.js";
import { createLogger } from "../shared/logging/logger.js";
import { Classification } from "../shared/policy/classification.js";
import { NationalDeployment } from "../subgraphs/national/deployment/national-deployment.js";
import { startNationalServer } from "../subgraphs/national/server.js";
import { createParticipantDatabase, type ParticipantDatabase } from "./support/participant-database.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * The README's runbook for adding a nation, on a running hub: its database and subgraph come up, one
 * entry (endpoint, directory name, issuer) is added to the hub config, the services reload it, and the
 * new country answers in the next query. Nothing is restarted.
 */
describe("a sixth country joins a running hub", () => {
  let hub: TestHub;
  let db: DataSource;
  let database: ParticipantDatabase;
  let india: RunningServer;
  const databaseName = `hubtest_${randomBytes(4).toString("hex")}_in`;
  const issuersDir = mkdtempSync(join(tmpdir(), "hub-test-in-"));

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    // 1. Its authority creates the database, runs the migrations and starts its subgraph.
    database = await createParticipantDatabase(inject("databaseUrl"), databaseName, { kind: "national", country: "IN" });
    db = database.owner;
    await insertIncidents(db, "IN", [{ classification: Classification.SHARED, title: "IN shared record" }, { classification: Classification.RESTRICTED }]);
  });
  afterAll(async () => {
    await india?.close();
    await hub?.stop();
    await database?.drop();
    rmSync(issuersDir, { recursive: true, force: true });
  });

  let inToken: string;

  it("is unknown before its entry is added, and answers right after, without a restart", async () => {
    const issuer = await ensureDevIssuer(issuersDir, "IN", devIssuerUrl("http://127.0.0.1:4000", "IN"));
    inToken = await signDevToken(issuer, { roles: ["regulator"] });
    const jp = await hub.token("JP", { roles: ["regulator"] });
    expect((await hub.query(inToken, `{ me { country } }`)).status).toBe(401);
    const before = await hub.query(jp, `{ countries { code } }`);
    expect(before.body.data.countries.map((c: any) => c.code)).toEqual(["JP", "US"]);

    const withIndia = (config: HubConfig, url: string): HubConfig => ({
      ...config,
      countries: [...config.countries, { code: "IN", url, name: "India", joinedAt: "2026-12-01T00:00:00Z" }],
      issuers: [...config.issuers, { participant: "IN", issuer: issuer.issuer, jwksFile: issuer.jwksFile }],
    });
    const config = new LiveConfig(withIndia(hub.membership.subgraphs.get(), "http://127.0.0.1:1/graphql"));
    const logger = createLogger("national-IN");
    const deployment = await NationalDeployment.establish({ country: "IN", config, db: database.service, logger });
    india = await startNationalServer({ country: "IN", config, db: database.service, deployment, port: 0, logger });
    // 2. One entry in the hub config; every running service reloads it (SIGHUP in production).
    await hub.membership.subgraphs.update(withIndia(hub.membership.subgraphs.get(), "http://127.0.0.1:1/graphql"));
    await hub.membership.gateway.update(withIndia(hub.membership.gateway.get(), india.url));

    const after = await hub.query(jp, `{ countries { code name joinedAt incidents { totalCount nodes { title } } } }`);
    expect(after.body.errors).toBeUndefined();
    const entry = after.body.data.countries.find((c: any) => c.code === "IN");
    expect(entry).toEqual({ code: "IN", name: "India", joinedAt: "2026-12-01T00:00:00.000Z", incidents: { totalCount: 1, nodes: [{ title: "IN shared record" }] } });
    const own = await hub.query(inToken, `{ me { country } myCountry { incidents { totalCount } } }`);
    expect(own.body.data).toEqual({ me: { country: "IN" }, myCountry: { incidents: { totalCount: 2 } } });
  });

  it("refuses its tokens on the next request once its issuer is withdrawn, though they were just verified", async () => {
    expect((await hub.query(inToken, `{ me { country } }`)).status).toBe(200);
    const withoutIssuer = (config: HubConfig): HubConfig => ({ ...config, issuers: config.issuers.filter((i) => i.participant !== "IN") });
    await hub.membership.subgraphs.update(withoutIssuer(hub.membership.subgraphs.get()));
    await hub.membership.gateway.update(withoutIssuer(hub.membership.gateway.get()));
    const refused = await hub.query(inToken, `{ me { country } }`);
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });
});
