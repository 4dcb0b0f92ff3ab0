import { randomBytes, randomUUID } from "node:crypto";
import { Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { recordStatements, type StatementLog } from "../dev/statement-log.js";
import type { Caller } from "../shared/auth/caller.js";
import { AccessLogMetrics } from "../subgraphs/national/access-log/access-log-metrics.js";
import { AccessLogWriter } from "../subgraphs/national/access-log/access-log-writer.js";
import type { EntryDraft } from "../subgraphs/national/access-log/append-entries.js";
import { verifyChain } from "../subgraphs/national/access-log/verify-chain.js";
import { createNationalDataSource } from "../subgraphs/national/database.js";
import { createParticipantDatabase, type ParticipantDatabase } from "./support/participant-database.js";

/**
 * Group commit of the access log (issue 15): appends from concurrent requests are written by one
 * transaction, each request's promise resolving only once the COMMIT holding its entries has returned,
 * and the log stays one chain that verifies, with each request's entries together and in order.
 */

interface LoggedRow {
  seq: string;
  at: Date;
  subject: string;
  operation: string;
  counted: number;
}

/** A caller of its own and `entries` COUNT entries numbered 0.., so that order and contiguity can be read back. */
function request(name: string, entries: number): { caller: Caller; operationHash: string; drafts: EntryDraft[] } {
  return {
    caller: { country: "US", subject: name, roles: ["regulator", "analyst"], scopes: [] },
    operationHash: randomBytes(32).toString("hex"),
    drafts: Array.from({ length: entries }, (_, i) => ({
      entryKind: "COUNT" as const,
      recordKind: "INCIDENT" as const,
      recordIds: null,
      grantId: null,
      grantIds: [randomUUID()],
      counted: i,
      filterHash: null,
    })),
  };
}

/** What an access-log statement does, to read a writer's round trips. */
function kindOf(statement: string): string {
  if (statement.startsWith("WITH chain_lock")) return "append after head";
  if (statement.startsWith("BEGIN; SELECT pg_advisory_xact_lock")) return "lock and head";
  if (statement.startsWith("INSERT INTO access_log")) return "insert";
  return statement;
}

describe("the access log's group commit", () => {
  let database: ParticipantDatabase;
  let log: StatementLog;
  const extra: DataSource[] = [];

  beforeAll(async () => {
    database = await createParticipantDatabase(inject("databaseUrl"), `hubtest_${randomBytes(4).toString("hex")}_jp`, { kind: "national", country: "JP" });
    log = recordStatements(database.name);
  });
  afterEach(() => log.clear());
  afterAll(async () => {
    log?.restore();
    for (const db of extra) if (db.isInitialized) await db.destroy();
    await database?.drop();
  });

  /** Another service connection to the same database: a replica of the subgraph, or one with its own settings. */
  const replica = async (statementTimeoutMs?: number) => {
    const db = await createNationalDataSource(database.serviceUrl, "JP", statementTimeoutMs).initialize();
    extra.push(db);
    return db;
  };
  const rowsOf = async (subjects: string[]): Promise<LoggedRow[]> =>
    database.owner.query(
      `SELECT seq, at, caller_subject AS subject, operation_hash AS operation, counted FROM access_log WHERE caller_subject = ANY($1) ORDER BY seq`,
      [subjects],
    );
  const commits = () => log.statements.filter((s) => s === "COMMIT").length;
  /** An append after a head the writer knows is one statement, its own transaction (append-entries.ts). */
  const isAppendAfterHead = (s: string) => kindOf(s) === "append after head";
  /** Flushes that wrote: the locked path's COMMITs and the appends after a known head. */
  const transactions = () => commits() + log.statements.filter(isAppendAfterHead).length;
  const lockAttempts = () => log.statements.filter((s) => s.includes("pg_advisory_xact_lock")).length;

  /** Each request's entries form one run of consecutive seqs, in the order it gave them, under its own caller and operation. */
  const expectContiguous = (rows: LoggedRow[], requests: ReturnType<typeof request>[]) => {
    for (const { caller, operationHash, drafts } of requests) {
      const own = rows.filter((r) => r.subject === caller.subject);
      expect(own.map((r) => r.counted)).toEqual(drafts.map((d) => d.counted));
      expect(own.every((r) => r.operation === operationHash)).toBe(true);
      const seqs = own.map((r) => Number(r.seq));
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    }
  };

  it("writes 50 concurrent requests' appends in fewer transactions than requests, each resolved only once committed", async () => {
    const writer = new AccessLogWriter(database.service);
    const requests = Array.from({ length: 50 }, (_, i) => request(`concurrent-${i}`, 1 + (i % 3)));
    const visibleAtResolve: boolean[] = [];
    await Promise.all(
      requests.map(async ({ caller, operationHash, drafts }) => {
        await writer.append(caller, operationHash, drafts);
        // Read from another connection: seen there only once its transaction has committed.
        const [{ n }] = await database.owner.query(`SELECT count(*)::int AS n FROM access_log WHERE caller_subject = $1`, [caller.subject]);
        visibleAtResolve.push(n === drafts.length);
      }),
    );
    expect(visibleAtResolve).toEqual(requests.map(() => true));
    // The first append starts a flush at once, alone; the 49 that arrive while it runs share the next.
    expect(transactions()).toBe(2);
    const rows = await rowsOf(requests.map((r) => r.caller.subject));
    expect(rows).toHaveLength(requests.reduce((n, r) => n + r.drafts.length, 0));
    expectContiguous(rows, requests);
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true, brokenAt: null });
  });

  it("bounds a flush by its number of entries and writes the rest in the next ones", async () => {
    const writer = new AccessLogWriter(database.service, 5);
    const requests = [request("bound-lone", 1), ...Array.from({ length: 10 }, (_, i) => request(`bound-${i}`, 2)), request("bound-large", 7)];
    await Promise.all(requests.map(({ caller, operationHash, drafts }) => writer.append(caller, operationHash, drafts)));
    // The lone one, then two appends of 2 per flush (5 would not fit a third), then the 7 entries alone.
    expect(transactions()).toBe(1 + 5 + 1);
    expectContiguous(await rowsOf(requests.map((r) => r.caller.subject)), requests);
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true });
  });

  it("retries each append of a batch refused for one append's data alone, so the others' reads do not fail", async () => {
    const registry = new Registry();
    const metrics = new AccessLogMetrics(registry);
    const writer = new AccessLogWriter(database.service);
    const first = request("retry-first", 1);
    const good = [request("retry-good-1", 2), request("retry-good-2", 1)];
    // PostgreSQL cannot store a NUL character in text (SQLSTATE class 22): a subject no real caller should have.
    const bad = request("retry-bad\u0000", 1);
    const settled = await Promise.allSettled(
      [first, good[0]!, bad, good[1]!].map(({ caller, operationHash, drafts }) => writer.append(caller, operationHash, drafts, metrics)),
    );
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect((settled[2] as PromiseRejectedResult).reason).toMatchObject({ code: expect.stringMatching(/^22/) });
    // The first flush, the batch that failed, then each of its three appends alone.
    expect(lockAttempts()).toBe(1 + 1 + 3);
    // Committed: the first flush and the two good appends, each by the locked path since the failure
    // before it left the head in doubt.
    expect(commits()).toBe(1 + 2);
    expectContiguous(await rowsOf([first, ...good].map((r) => r.caller.subject)), [first, ...good]);
    // The metrics heard of the committed appends only, one observation per request.
    const counter = await registry.getSingleMetric("hub_access_log_appends_total")!.get();
    expect(counter.values[0]!.value).toBe(1 + 2 + 1);
    const histogram = await registry.getSingleMetric("hub_access_log_append_duration_seconds")!.get();
    expect(histogram.values.find((v) => (v as { metricName?: string }).metricName === "hub_access_log_append_duration_seconds_count")!.value).toBe(3);

    const next = request("retry-next", 1);
    await writer.append(next.caller, next.operationHash, next.drafts);
    expect(await rowsOf([next.caller.subject])).toHaveLength(1);
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true });
  });

  it("refuses a subject that could not be stored as it is hashed (a lone surrogate), rather than break the chain", async () => {
    // Stored as text it became U+FFFD while its hash covered the escape: the verifier then saw an edit.
    const writer = new AccessLogWriter(database.service);
    const odd = request("lone-\ud800-surrogate", 1);
    await expect(writer.append(odd.caller, odd.operationHash, odd.drafts)).rejects.toMatchObject({ code: expect.stringMatching(/^22/) });
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true });
  });

  it("fails every append of a flush that fails for another reason, at once, and serves the next append", async () => {
    // Another session holds the chain's lock: the writer's flushes wait for it until their statement timeout.
    const writer = new AccessLogWriter(await replica(300));
    const holder = await database.owner.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT pg_advisory_xact_lock(${0x61636c67})`);
    log.clear();
    const blocked = [request("timeout-a", 1), request("timeout-b", 2), request("timeout-c", 1)];
    let settled: PromiseSettledResult<void>[];
    try {
      settled = await Promise.allSettled(blocked.map(({ caller, operationHash, drafts }) => writer.append(caller, operationHash, drafts)));
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/statement timeout/);
    // Two flushes ([a], then [b, c] together), not retried one by one: a timeout is no append's fault.
    expect(lockAttempts()).toBe(2);
    expect(await rowsOf(blocked.map((r) => r.caller.subject))).toEqual([]);

    const next = request("timeout-next", 2);
    await writer.append(next.caller, next.operationHash, next.drafts);
    expect(await rowsOf([next.caller.subject])).toHaveLength(2);
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true });
  });

  it("keeps one chain when two replicas, each with its own writer, append to the same database at once", async () => {
    const writers = [new AccessLogWriter(database.service), new AccessLogWriter(await replica())];
    const requests = Array.from({ length: 60 }, (_, i) => request(`replica-${i}`, 1 + (i % 4)));
    // Several waves, so that both writers have flushes in flight against each other.
    for (let wave = 0; wave < 3; wave++) {
      await Promise.all(
        requests.slice(wave * 20, wave * 20 + 20).map(({ caller, operationHash, drafts }, i) => writers[i % 2]!.append(caller, operationHash, drafts)),
      );
    }
    expect(transactions()).toBeLessThan(requests.length);
    const rows = await rowsOf(requests.map((r) => r.caller.subject));
    expect(rows).toHaveLength(requests.reduce((n, r) => n + r.drafts.length, 0));
    expectContiguous(rows, requests);
    // `at` is taken under the lock, so it never goes backwards along the chain.
    const times = rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true, brokenAt: null });
  });

  it("writes after the head it wrote itself in one statement, and falls back to the lock when another replica appended since", async () => {
    const writer = new AccessLogWriter(database.service);
    const other = new AccessLogWriter(await replica());
    const append = (w: AccessLogWriter, r: ReturnType<typeof request>) => w.append(r.caller, r.operationHash, r.drafts);
    const mine = [request("head-1", 2), request("head-2", 1), request("head-3", 3)];
    log.clear();
    await append(writer, mine[0]!);
    expect(log.statements.map(kindOf)).toEqual(["lock and head", "insert", "COMMIT"]);
    log.clear();
    await append(writer, mine[1]!);
    // The head is its own: one statement, committed on its return (another connection sees it).
    expect(log.statements.map(kindOf)).toEqual(["append after head"]);
    const theirs = request("head-other", 1);
    await append(other, theirs);
    log.clear();
    await append(writer, mine[2]!);
    // The other replica's entry follows the head it knew: refused by the key, then written after theirs.
    expect(log.statements.map(kindOf)).toEqual(["append after head", "lock and head", "insert", "COMMIT"]);
    const rows = await rowsOf([...mine, theirs].map((r) => r.caller.subject));
    expect(rows.map((r) => r.subject)).toEqual(["head-1", "head-1", "head-2", "head-other", "head-3", "head-3", "head-3"]);
    expectContiguous(rows, [...mine, theirs]);
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true, brokenAt: null });
  });

  it("writes nothing after a head that is no longer in the log (a restored backup), and appends after the real one", async () => {
    const writer = new AccessLogWriter(database.service);
    const append = (r: ReturnType<typeof request>) => writer.append(r.caller, r.operationHash, r.drafts);
    await append(request("restore-kept", 1));
    await append(request("restore-lost", 2));
    // The database goes back to before the writer's last append, as a restore would take it.
    await database.owner.query(`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete`);
    try {
      await database.owner.query(`DELETE FROM access_log WHERE caller_subject = 'restore-lost'`);
    } finally {
      await database.owner.query(`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_delete`);
    }
    log.clear();
    const after = request("restore-after", 1);
    await append(after);
    expect(log.statements.map(kindOf)).toEqual(["append after head", "lock and head", "insert", "COMMIT"]);
    const rows = await rowsOf(["restore-kept", "restore-lost", "restore-after"]);
    expect(rows.map((r) => r.subject)).toEqual(["restore-kept", "restore-after"]);
    expect(Number(rows[1]!.seq)).toBe(Number(rows[0]!.seq) + 1);
    expect(await verifyChain(database.service, { full: true })).toMatchObject({ valid: true, brokenAt: null });
  });

  it("drains: a flush in flight commits before the writer says it is done", async () => {
    const writer = new AccessLogWriter(database.service);
    const holder = await database.owner.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT pg_advisory_xact_lock(${0x61636c67})`);
    const late = request("drain", 1);
    let committed = false;
    const appended = writer.append(late.caller, late.operationHash, late.drafts).then(() => (committed = true));
    let drained = false;
    const draining = writer.drain().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(drained).toBe(false);
    await holder.commitTransaction();
    await holder.release();
    await draining;
    expect(committed).toBe(true);
    await appended;
    expect(await rowsOf([late.caller.subject])).toHaveLength(1);
  });
});
