import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements, type StatementLog } from "../dev/statement-log.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const GRANT = `mutation($input: GrantInput!) { grantAccess(input: $input) { id } }`;
/** Nodes only: no totalCount, whose count would read the grants first. */
const PAGE = `{ country(code: "JP") { incidents(first: 50) { nodes { id classification } } } }`;
const RESTRICTED_ONLY = `{ country(code: "JP") { incidents(first: 50, filter: { classifications: [RESTRICTED] }) { nodes { id } } } }`;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

/**
 * A foreign caller's page is read in one round trip under the grants its country last had on this
 * process, and stands only if the same statement found those grants still in force (issue 15). Here
 * the grants change behind the process's back (as another replica, or the owner's database, would
 * change them): the next page must follow the grants in force, and nothing read under the old ones may
 * be given or logged.
 */
describe("a foreign page read under the grants last seen", () => {
  let hub: TestHub;
  let usRegulator: string;
  let jpNegotiator: string;
  let jpRegulator: string;
  let log: StatementLog;
  const restricted: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    const rows = await insertIncidents(
      hub.nations.get("JP")!.db,
      "JP",
      [Classification.PUBLIC, Classification.SHARED, Classification.RESTRICTED, Classification.RESTRICTED].map((classification) => ({ classification })),
    );
    restricted.push(...rows.filter((r) => r.classification === Classification.RESTRICTED).map((r) => r.id));
    usRegulator = await hub.token("US", { roles: ["regulator"], subject: "us-page-reader" });
    jpNegotiator = await hub.token("JP", { roles: ["negotiator"] });
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
    const jpDatabase = (hub.nations.get("JP")!.serviceDb.options as { url: string }).url.split("/").pop()!;
    log = recordStatements(jpDatabase);
  });
  afterAll(async () => {
    log?.restore();
    await hub?.stop();
  });

  const classesSeen = async (query = PAGE) => {
    const { body } = await hub.query(usRegulator, query);
    expect(body.errors).toBeUndefined();
    return (body.data.country.incidents.nodes as { id: string; classification?: string }[]).map((n) => n.classification ?? n.id).sort();
  };
  const grantReads = () => log.statements.filter((s) => s.includes("LEFT JOIN access_grant")).length;

  it("reads a page without reading the grants first once they are known, and follows a grant issued and revoked behind its back", async () => {
    expect(await classesSeen()).toEqual(["PUBLIC", "SHARED"]);
    log.clear();
    expect(await classesSeen()).toEqual(["PUBLIC", "SHARED"]);
    // Known grants (none), confirmed by the page's own statement: no separate read of them.
    expect(grantReads()).toBe(0);

    const { body } = await hub.query(jpNegotiator, GRANT, {
      input: { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "Page review", validUntil: inAMonth() },
    });
    expect(body.errors).toBeUndefined();
    log.clear();
    // The page read under "no grants" is dropped; the grants are read and the page read again.
    expect(await classesSeen()).toEqual(["PUBLIC", "RESTRICTED", "RESTRICTED", "SHARED"]);
    expect(grantReads()).toBe(1);
    log.clear();
    expect(await classesSeen()).toEqual(["PUBLIC", "RESTRICTED", "RESTRICTED", "SHARED"]);
    expect(grantReads()).toBe(0);

    // Revoked in the database, not through this process.
    await hub.nations.get("JP")!.db.query(`UPDATE access_grant SET revoked_at = now(), revoked_by = 'elsewhere' WHERE id = $1`, [body.data.grantAccess.id]);
    expect(await classesSeen()).toEqual(["PUBLIC", "SHARED"]);

    // Every READ entry of the US reader gave exactly what its answer held: three pages without the grant
    // (SHARED only is logged), two with it (SHARED, and the two RESTRICTED under the grant).
    const { body: logged } = await hub.query(jpRegulator, `{ myCountry { accessLog(first: 100) { nodes { entryKind callerSubject recordIds grantId } } accessLogIntegrity { valid } } }`);
    const reads = logged.data.myCountry.accessLog.nodes.filter((e: any) => e.entryKind === "READ" && e.callerSubject === "us-page-reader");
    const restrictedReads = reads.filter((e: any) => e.recordIds.some((id: string) => restricted.includes(id)));
    expect(restrictedReads).toHaveLength(2);
    expect(restrictedReads.every((e: any) => e.grantId === body.data.grantAccess.id && e.recordIds.length === 2)).toBe(true);
    expect(reads).toHaveLength(3 + 2 * 2);
    expect(logged.data.myCountry.accessLogIntegrity).toEqual({ valid: true });
  });

  it("does not take an empty page as a confirmation: a grant issued behind its back opens what the filter asks for", async () => {
    expect(await classesSeen(RESTRICTED_ONLY)).toEqual([]);
    const { body } = await hub.query(jpNegotiator, GRANT, {
      input: { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "Filtered review", validUntil: inAMonth() },
    });
    expect(body.errors).toBeUndefined();
    expect(await classesSeen(RESTRICTED_ONLY)).toEqual([...restricted].sort());
  });
});
