import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements } from "../dev/statement-log.js";
import { Severity } from "../shared/incidents/severity.js";
import { Classification } from "../shared/policy/classification.js";
import { MAX_LOG_ENTRIES_PER_REQUEST } from "../subgraphs/national/access/request-log.js";
import { Grant } from "../subgraphs/national/grants/grant.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * The owner's access log says what a foreign caller was given or counted: one entry per list or count,
 * never one per row nobody asked for, never nothing for a count over non-public records, and never
 * more than a bounded number per request. Its integrity check starts from the last verified checkpoint.
 */
const ENTRY_FIELDS = `seq entryKind callerCountry callerSubject recordKind recordId recordIds grantId grantIds counted filterHash`;

/** The list-and-filter hash, stated independently: SHA-256 of [list, filter with sorted keys]. */
const expectedFilterHash = (list: string, filter: Record<string, unknown>) =>
  createHash("sha256")
    .update(JSON.stringify([list, Object.fromEntries(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)))]))
    .digest("hex");

describe("an honest, bounded access log", () => {
  let hub: TestHub;
  let us: string;
  let jp: string;
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    // 3 of each classification, with a word in the SHARED and RESTRICTED titles to filter on.
    const rows = await insertIncidents(
      hub.nations.get("JP")!.db,
      "JP",
      Object.values(Classification).flatMap((classification) =>
        [0, 1, 2].map((n) => ({ classification, severity: n === 0 ? Severity.DISASTER : Severity.HAZARD, title: `JP ${classification} chatbot ${n}` })),
      ),
    );
    for (const row of rows) (ids[row.classification] ??= []).push(row.id);
    us = await hub.token("US", { roles: ["regulator"], subject: "us-counter" });
    jp = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  /** Runs `act` and returns the entries it appended to JP's log, oldest first. */
  const appendedBy = async (act: () => Promise<unknown>) => {
    const head = async () => Number((await hub.nations.get("JP")!.db.query(`SELECT coalesce(max(seq), 0) AS n FROM access_log`))[0].n);
    const before = await head();
    await act();
    const after = await head();
    if (after === before) return [];
    const { body } = await hub.query(jp, `query($n: Int!) { myCountry { accessLog(first: $n) { nodes { ${ENTRY_FIELDS} } } } }`, { n: after - before });
    return [...body.data.myCountry.accessLog.nodes].reverse();
  };

  it("logs a count as one entry saying what was counted, and no record read", async () => {
    let answer: any;
    const entries = await appendedBy(async () => {
      answer = await hub.query(us, `{ country(code: "JP") { incidents { totalCount } } }`);
    });
    expect(answer.body).toEqual({ data: { country: { incidents: { totalCount: 6 } } } });
    expect(entries).toEqual([
      {
        seq: expect.any(String), entryKind: "COUNT", callerCountry: "US", callerSubject: "us-counter", recordKind: "INCIDENT",
        recordId: null, recordIds: [], grantId: null, grantIds: [], counted: 6, filterHash: expectedFilterHash("Country.incidents", {}),
      },
    ]);
  });

  it("never lets a filtered count over non-public records go unlogged, and names the grants in force", async () => {
    const grant = Object.assign(new Grant(), {
      id: randomUUID(), grantor: "JP", grantee: "US", recordKinds: ["INCIDENT"], maxClassification: Classification.RESTRICTED, purpose: "count test",
      validFrom: new Date(Date.now() - 60_000), validUntil: new Date(Date.now() + 86_400_000), severities: null, systemIds: null,
      issuedBy: "jp-negotiator", issuedAt: new Date(), revokedAt: null, revokedBy: null,
    });
    await hub.nations.get("JP")!.db.getRepository(Grant).insert(grant);
    try {
      const filter = { text: "chatbot", severities: ["DISASTER"] };
      let answer: any;
      const entries = await appendedBy(async () => {
        answer = await hub.query(us, `query($f: IncidentFilter) { country(code: "JP") { incidents(first: 0, filter: $f) { totalCount } } }`, { f: filter });
      });
      // PUBLIC, SHARED and (under the grant) RESTRICTED disasters: one each.
      expect(answer.body.data.country.incidents.totalCount).toBe(3);
      expect(entries).toMatchObject([
        { entryKind: "COUNT", recordKind: "INCIDENT", counted: 3, grantIds: [grant.id], recordIds: [], filterHash: expectedFilterHash("Country.incidents", filter) },
      ]);
      // pageInfo of an empty page is a count too.
      const probe = await appendedBy(() => hub.query(us, `{ country(code: "JP") { incidents(first: 0, filter: { text: "chatbot" }) { pageInfo { hasNextPage } } } }`));
      expect(probe).toMatchObject([{ entryKind: "COUNT", counted: 9 }]);
    } finally {
      await hub.nations.get("JP")!.db.getRepository(Grant).update({ id: grant.id }, { revokedAt: new Date(), revokedBy: "test" });
    }
  });

  it("logs the records a page gives, grouped in one entry, and none the caller did not ask for", async () => {
    let answer: any;
    const entries = await appendedBy(async () => {
      answer = await hub.query(us, `{ country(code: "JP") { incidents(first: 4) { nodes { id classification } } } }`);
    });
    const given = answer.body.data.country.incidents.nodes.filter((n: any) => n.classification !== "PUBLIC").map((n: any) => n.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entryKind: "READ", recordKind: "INCIDENT", counted: null, grantId: null });
    expect([...entries[0].recordIds].sort()).toEqual([...given].sort());
    // A filter that gives no non-public record is logged all the same (with no ids); a list of PUBLIC
    // records only, unfiltered, and the owner's own reads are not logged.
    expect(await appendedBy(() => hub.query(us, `{ country(code: "JP") { incidents(filter: { text: "no such word" }) { nodes { id } } } }`))).toMatchObject([
      { entryKind: "READ", recordIds: [], filterHash: expectedFilterHash("Country.incidents", { text: "no such word" }) },
    ]);
    expect(await appendedBy(() => hub.query(us, `{ country(code: "JP") { incidents(filter: { classifications: [PUBLIC] }) { nodes { id } } } }`))).toHaveLength(1);
    expect(await appendedBy(() => hub.query(jp, `{ country(code: "JP") { incidents { totalCount nodes { id } } } }`))).toEqual([]);
  });

  it("bounds what one request can add to the log, and gives nothing it did not log", async () => {
    const aliases = 100;
    const query = `{ country(code: "JP") { ${Array.from({ length: aliases }, (_, i) => `l${i}: incidents(first: 500) { totalCount nodes { id classification } }`).join(" ")} } }`;
    let answer: any;
    const entries = await appendedBy(async () => {
      answer = await hub.query(us, query);
    });
    expect(entries.length).toBeLessThanOrEqual(MAX_LOG_ENTRIES_PER_REQUEST);
    // Whatever was given (some lists may have been refused), every non-public record given is in the log.
    const logged = new Set(entries.flatMap((e: any) => e.recordIds));
    const lists = Object.values(answer.body.data?.country ?? {}).filter(Boolean) as any[];
    for (const list of lists) {
      for (const node of list.nodes) if (node.classification !== "PUBLIC") expect(logged.has(node.id)).toBe(true);
    }
    if (lists.length < aliases) {
      expect(answer.body.errors!.every((e: any) => e.extensions.code === "BAD_USER_INPUT")).toBe(true);
    }
    // A single list of 500 adds one entry, whatever its length.
    const one = await appendedBy(() => hub.query(us, `{ country(code: "JP") { incidents(first: 500) { nodes { id } } } }`));
    expect(one).toHaveLength(1);
  });

  it("refuses over-long filters before any SQL runs, naming the argument", async () => {
    const statements = recordStatements((hub.nations.get("JP")!.db.options as { url: string }).url.split("/").pop()!);
    try {
      const cases: [string, Record<string, unknown>, string][] = [
        [`query($f: IncidentFilter) { country(code: "JP") { incidents(filter: $f) { totalCount } } }`, { f: { text: "x".repeat(100_000) } }, "filter.text"],
        [`query($f: IncidentFilter) { country(code: "JP") { incidents(filter: $f) { totalCount } } }`, { f: { text: "y".repeat(201) } }, "filter.text"],
        [`query($f: IncidentFilter) { country(code: "JP") { incidents(filter: $f) { totalCount } } }`, { f: { severities: Array(501).fill("HAZARD") } }, "filter.severities"],
        [`query($f: IncidentFilter) { country(code: "JP") { incidents(filter: $f) { totalCount } } }`, { f: { systemId: "z".repeat(101) } }, "filter.systemId"],
        [`query($s: ID) { country(code: "JP") { audits(systemId: $s) { id } } }`, { s: "z".repeat(101) }, "systemId"],
        [`query($a: String) { country(code: "JP") { incidents(after: $a) { totalCount } } }`, { a: "a".repeat(101) }, "after"],
      ];
      for (const [query, variables, field] of cases) {
        statements.clear();
        const { body } = await hub.query(us, query, variables);
        expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(statements.statements).toEqual([]);
      }
      // 200 characters is still a filter.
      const fine = await hub.query(us, `query($f: IncidentFilter) { country(code: "JP") { incidents(filter: $f) { totalCount } } }`, { f: { text: "w".repeat(200) } });
      expect(fine.body).toEqual({ data: { country: { incidents: { totalCount: 0 } } } });
    } finally {
      statements.restore();
    }
  });
});

describe("the integrity check from a verified checkpoint", () => {
  let hub: TestHub;
  let jp: string;
  let us: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", Array.from({ length: 5 }, () => ({ classification: Classification.SHARED })));
    jp = await hub.token("JP", { roles: ["auditor"] });
    us = await hub.token("US", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  const check = async (args = "") =>
    (await hub.query(jp, `{ myCountry { accessLogIntegrity${args} { valid entries brokenAt from } } }`)).body.data.myCountry.accessLogIntegrity;
  const foreignReads = async (n: number) => {
    for (let i = 0; i < n; i++) await hub.query(us, `{ country(code: "JP") { incidents(first: 5) { totalCount nodes { id } } } }`);
  };
  /** What an administrator with the database's superuser can do: bypass the append-only trigger. */
  const editBehindTheBack = async (seq: number) => {
    await hub.nations.get("JP")!.db.transaction(async (m) => {
      await m.query(`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete`);
      await m.query(`UPDATE access_log SET caller_subject = 'someone-else' WHERE seq = $1`, [seq]);
      await m.query(`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_delete`);
    });
  };

  it("starts from the last checkpoint, and finds an edit made after it", async () => {
    await foreignReads(3); // 6 entries: a READ and a COUNT per request
    expect(await check()).toEqual({ valid: true, entries: 6, brokenAt: null, from: 0 });
    await foreignReads(2);
    // Only the entries since the checkpoint are recomputed.
    expect(await check()).toEqual({ valid: true, entries: 10, brokenAt: null, from: 6 });
    await foreignReads(2);
    await editBehindTheBack(12);
    expect(await check()).toEqual({ valid: false, entries: 14, brokenAt: 12, from: 10 });
    expect(await check("(full: true)")).toEqual({ valid: false, entries: 14, brokenAt: 12, from: 0 });
  });

  it("finds an edit of the checkpointed entry itself, and says where from the first entry", async () => {
    const db = hub.nations.get("JP")!.db;
    const [{ seq }] = await db.query(`SELECT max(seq) AS seq FROM access_log_checkpoint`);
    expect(Number(seq)).toBe(10);
    await editBehindTheBack(10);
    expect(await check()).toMatchObject({ valid: false, brokenAt: 10 });
  });

  it("keeps its checkpoints append-only", async () => {
    const db = hub.nations.get("JP")!.db;
    await expect(db.query(`UPDATE access_log_checkpoint SET hash = repeat('0', 64)`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM access_log_checkpoint`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE access_log_checkpoint`)).rejects.toThrow(/append-only/);
  });
});
