import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements, type StatementLog } from "../dev/statement-log.js";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Writing the access log must not cost a database round trip per record: a foreign list of 40 logged
 * records issues as many statements as a list of 2, and adds one entry carrying the 40 ids.
 */
describe("the access log's cost does not grow with the records read", () => {
  let hub: TestHub;
  let usRegulator: string;
  let log: StatementLog;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", Array.from({ length: 40 }, () => ({ classification: Classification.SHARED })));
    usRegulator = await hub.token("US", { roles: ["regulator"] });
    const jpDatabase = (hub.nations.get("JP")!.db.options as { url: string }).url.split("/").pop();
    log = recordStatements(jpDatabase!);
  });
  afterAll(async () => {
    log?.restore();
    await hub?.stop();
  });

  const statementsFor = async (first: number) => {
    log.clear();
    const { body } = await hub.query(usRegulator, `query($n: Int!) { country(code: "JP") { incidents(first: $n) { nodes { id } } } }`, { n: first });
    expect(body.data.country.incidents.nodes).toHaveLength(first);
    return [...log.statements];
  };

  it("logs a list of 2 and one of 40 records with the same number of statements, one entry each", async () => {
    // The first append of a process reads the chain's head; later ones write after the head it knows.
    await statementsFor(1);
    const few = await statementsFor(2);
    const many = await statementsFor(40);
    expect(few.filter((s) => s.includes("INSERT INTO access_log"))).toHaveLength(1);
    expect(many.length).toBe(few.length);
    const { body } = await hub.query(
      await hub.token("JP", { roles: ["regulator"] }),
      `{ myCountry { accessLog { totalCount nodes { entryKind recordIds } } accessLogIntegrity { valid } } }`,
    );
    expect(body.data.myCountry.accessLog.totalCount).toBe(3);
    expect(body.data.myCountry.accessLog.nodes.map((e: any) => [e.entryKind, e.recordIds.length])).toEqual([["READ", 40], ["READ", 2], ["READ", 1]]);
    expect(body.data.myCountry.accessLogIntegrity).toEqual({ valid: true });
  });

  it("keeps one unbroken chain when many foreign reads arrive at once", async () => {
    const jp = await hub.token("JP", { roles: ["regulator"] });
    const before = (await hub.query(jp, `{ myCountry { accessLog { totalCount } } }`)).body.data.myCountry.accessLog.totalCount;
    await Promise.all(
      Array.from({ length: 12 }, () => hub.query(usRegulator, `{ country(code: "JP") { incidents(first: 5) { nodes { id } } } }`)),
    );
    const { body } = await hub.query(jp, `{ myCountry { accessLog { totalCount } accessLogIntegrity { valid entries brokenAt } } }`);
    // One entry per request's list, each carrying its 5 ids.
    expect(body.data.myCountry.accessLog.totalCount).toBe(before + 12);
    expect(body.data.myCountry.accessLogIntegrity).toEqual({ valid: true, entries: before + 12, brokenAt: null });
  });
});
