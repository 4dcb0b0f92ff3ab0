import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureAccessLogHeadKey } from "../dev/dev-issuers.js";
import { databaseUrlFor } from "../shared/db/databases.js";
import { createLogger } from "../shared/logging/logger.js";
import { Classification } from "../shared/policy/classification.js";
import { chainHash, GENESIS_HASH } from "../subgraphs/national/access-log/chain.js";
import { AccessLogHeadSigner } from "../subgraphs/national/deployment/access-log-head.js";
import { NationalDeployment } from "../subgraphs/national/deployment/national-deployment.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * A published, signed access-log head (issue 11): the hash chain alone cannot catch a superuser who
 * switches the triggers off and rewrites the whole chain consistently; a head signed with the country's
 * key and kept outside the database can.
 */
const HEAD = `{ myCountry { accessLogHead { seq hash at kid signature } } }`;
const CHECK = `query($published: String!) { myCountry { accessLogHeadCheck(published: $published) { valid seq publishedHash currentHash reason } accessLogIntegrity { valid } } }`;

describe("the signed access-log head", () => {
  let hub: TestHub;
  let jpRegulator: string;
  let usRegulator: string;
  const dir = mkdtempSync(join(tmpdir(), "hub-test-head-"));

  const readAsUs = async () => {
    const { body } = await hub.query(usRegulator, `{ country(code: "JP") { incidents { nodes { title } } } }`);
    expect(body.data.country.incidents.nodes).toHaveLength(1);
  };
  const head = async () => {
    const { body } = await hub.query(jpRegulator, HEAD);
    expect(body.errors).toBeUndefined();
    return body.data.myCountry.accessLogHead as { seq: number; hash: string; at: string; kid: string; signature: string };
  };
  const check = async (published: string) => hub.query(jpRegulator, CHECK, { published });

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [{ classification: Classification.SHARED, title: "JP shared record" }]);
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
    usRegulator = await hub.token("US", { roles: ["regulator"] });
  });
  afterAll(async () => {
    await hub?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is signed with a key anyone can fetch from the deployment and verify", async () => {
    await readAsUs();
    const published = await head();
    expect(published.seq).toBeGreaterThan(0);
    const [last] = await hub.nations.get("JP")!.db.query(`SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1`);
    expect({ seq: published.seq, hash: published.hash }).toEqual({ seq: Number(last.seq), hash: last.hash });

    const jwksUrl = hub.nations.get("JP")!.server.url.replace(/\/graphql$/, "/access-log-head/jwks.json");
    const response = await fetch(jwksUrl);
    expect(response.status).toBe(200);
    const jwks = (await response.json()) as JSONWebKeySet;
    expect(jwks.keys.map((k) => k.kid)).toEqual([published.kid]);
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const { payload, protectedHeader } = await compactVerify(published.signature, createLocalJWKSet(jwks), { algorithms: ["ES256"] });
    expect(protectedHeader).toMatchObject({ alg: "ES256", kid: published.kid, typ: "access-log-head+json" });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ country: "JP", seq: published.seq, hash: published.hash, at: published.at });
  });

  it("is the owner's: another country's regulator gets nothing, the owner's negotiator is refused", async () => {
    const foreign = await hub.query(usRegulator, `{ country(code: "JP") { accessLogHead { seq } } }`);
    expect(foreign.body.data.country).toEqual({ accessLogHead: null });
    const negotiator = await hub.token("JP", { roles: ["negotiator"] });
    const refused = await hub.query(negotiator, HEAD);
    expect(refused.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("checks the log against a published head, refusing a head it did not sign", async () => {
    const published = await head();
    await readAsUs(); // the log grows after publication: the published prefix still holds
    const { body } = await check(published.signature);
    expect(body.data.myCountry.accessLogHeadCheck).toEqual({
      valid: true,
      seq: published.seq,
      publishedHash: published.hash,
      currentHash: published.hash,
      reason: null,
    });

    const otherKey = await AccessLogHeadSigner.fromFile(await ensureAccessLogHeadKey(dir, "XX"));
    const forged = await otherKey.sign({ country: "JP", seq: published.seq, hash: "f".repeat(64), at: new Date().toISOString() });
    const [header, , signature] = published.signature.split(".");
    const tampered = `${header}.${Buffer.from(JSON.stringify({ country: "JP", seq: published.seq, hash: "f".repeat(64), at: published.at })).toString("base64url")}.${signature}`;
    for (const bad of [forged.jws, tampered, "not a jws"]) {
      const refused = await check(bad);
      expect(refused.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "published" });
      expect(refused.body.data?.myCountry?.accessLogHeadCheck ?? null).toBeNull();
    }
  });

  it("finds a superuser's consistent rewrite of the whole chain, which the chain alone cannot", async () => {
    const published = await head();
    // As a superuser with the triggers off: change who read entry 1, then re-chain every entry (and forget the checkpoints).
    const superuser = new pg.Client({
      connectionString: databaseUrlFor(inject("databaseUrl"), (await hub.nations.get("JP")!.db.query(`SELECT current_database() AS d`))[0].d),
    });
    await superuser.connect();
    try {
      await superuser.query(`BEGIN`);
      await superuser.query(`SET LOCAL session_replication_role = replica`);
      await superuser.query(`UPDATE access_log SET caller_subject = 'someone-else' WHERE seq = 1`);
      const { rows } = await superuser.query(
        `SELECT seq, at, caller_country AS "callerCountry", caller_subject AS "callerSubject", caller_role AS "callerRole",
           record_kind AS "recordKind", record_id AS "recordId", grant_id AS "grantId", operation_hash AS "operationHash",
           chain_version AS "chainVersion", entry_kind AS "entryKind", record_ids AS "recordIds", grant_ids AS "grantIds", counted,
           filter_hash AS "filterHash" FROM access_log ORDER BY seq`,
      );
      let previous = GENESIS_HASH;
      for (const row of rows) {
        const hash = chainHash(previous, { ...row, seq: Number(row.seq) });
        await superuser.query(`UPDATE access_log SET prev_hash = $1, hash = $2 WHERE seq = $3`, [previous, hash, row.seq]);
        previous = hash;
      }
      // A thorough rewrite also removes the verified checkpoints, which would otherwise betray it.
      await superuser.query(`DELETE FROM access_log_checkpoint`);
      await superuser.query(`COMMIT`);
    } finally {
      await superuser.end();
    }

    const { body } = await check(published.signature);
    // The rewritten chain holds together...
    expect(body.data.myCountry.accessLogIntegrity).toEqual({ valid: true });
    // ...but no longer ends where it was published to end.
    const result = body.data.myCountry.accessLogHeadCheck;
    expect(result.valid).toBe(false);
    expect(result.publishedHash).toBe(published.hash);
    expect(result.currentHash).not.toBe(published.hash);
    expect(result.reason).toMatch(new RegExp(`the entry at ${published.seq} no longer has the published hash`));
  });

  it("is appended to the file the owner chooses, one signed line per change", async () => {
    const file = join(dir, "heads", "JP.jsonl");
    const nation = hub.nations.get("JP")!;
    const deployment = await NationalDeployment.establish({
      country: "JP",
      config: hub.membership.subgraphs,
      db: nation.serviceDb,
      logger: createLogger("national-JP"),
      env: { HUB_ACCESS_LOG_SIGNING_KEY: nation.headKeyFile, HUB_ACCESS_LOG_HEAD_FILE: file, HUB_ACCESS_LOG_HEAD_INTERVAL_MS: "3600000" },
    });
    try {
      await deployment.headPublisher!.publishNow(); // after the one made at start: unchanged, no new line
      await readAsUs();
      await deployment.headPublisher!.publishNow();
    } finally {
      await deployment.stop();
    }
    const lines = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[1].seq).toBeGreaterThan(lines[0].seq);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(["at", "country", "hash", "jws", "kid", "seq"]);
      const { body } = await check(line.jws);
      expect(body.data.myCountry.accessLogHeadCheck).toMatchObject({ valid: true, seq: line.seq, publishedHash: line.hash });
    }
  });

  it("refuses to publish unsigned heads", async () => {
    const nation = hub.nations.get("JP")!;
    await expect(
      NationalDeployment.establish({
        country: "JP",
        config: hub.membership.subgraphs,
        db: nation.serviceDb,
        logger: createLogger("national-JP"),
        env: { HUB_ACCESS_LOG_HEAD_FILE: join(dir, "unsigned.jsonl") },
      }),
    ).rejects.toThrow(/HUB_ACCESS_LOG_HEAD_FILE is set but HUB_ACCESS_LOG_SIGNING_KEY is not/);
  });
});
