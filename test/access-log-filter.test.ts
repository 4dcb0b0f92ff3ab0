import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const LOG = `query($filter: AccessLogFilter, $first: Int!, $after: String) { myCountry { accessLog(filter: $filter, first: $first, after: $after) {
  totalCount nodes { seq at callerCountry entryKind recordKind grantIds } pageInfo { endCursor hasNextPage } } } }`;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

/** The owner narrows its access log by who read, what kind of entry and record, under which grant, and when. */
describe("filtering the access log", () => {
  let hub: TestHub;
  let jp: string;
  let grantId: string;
  let middle: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP", "US", "KR"] });
    await insertIncidents(hub.nations.get("JP")!.db, "JP", [
      { classification: Classification.SHARED },
      { classification: Classification.RESTRICTED },
    ]);
    jp = await hub.token("JP", { roles: ["regulator"] });
    const us = await hub.token("US", { roles: ["regulator"] });
    const kr = await hub.token("KR", { roles: ["regulator"] });
    const jpNegotiator = await hub.token("JP", { roles: ["negotiator"] });
    const list = `{ country(code: "JP") { incidents { totalCount nodes { id } } } }`;
    await hub.query(kr, list);
    middle = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const granted = await hub.query(jpNegotiator, `mutation($input: GrantInput!) { grantAccess(input: $input) { id } }`, {
      input: { grantee: "US", recordKinds: ["INCIDENT"], maxClassification: "RESTRICTED", purpose: "Filter test", validUntil: inAMonth() },
    });
    grantId = granted.body.data.grantAccess.id;
    await hub.query(us, list);
  });
  afterAll(() => hub?.stop());

  const log = async (filter: unknown, first = 100, after?: string) => {
    const { body } = await hub.query(jp, LOG, { filter, first, after });
    expect(body.errors).toBeUndefined();
    return body.data.myCountry.accessLog as { totalCount: number; nodes: any[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  };

  it("without a filter lists every entry, and each filter narrows the list and its count alike", async () => {
    const all = await log(null);
    // Each list gave records (READ) and counted them (COUNT), for KR and for the US.
    expect(all.totalCount).toBe(all.nodes.length);
    expect(new Set(all.nodes.map((e) => e.callerCountry))).toEqual(new Set(["KR", "US"]));

    const us = await log({ callerCountries: ["us"] });
    expect(us.nodes.length).toBeGreaterThan(0);
    expect(us.nodes.every((e) => e.callerCountry === "US")).toBe(true);
    expect(us.totalCount).toBe(all.nodes.filter((e) => e.callerCountry === "US").length);

    const counts = await log({ entryKinds: ["COUNT"] });
    expect(counts.nodes.every((e) => e.entryKind === "COUNT")).toBe(true);
    expect(counts.totalCount).toBe(all.nodes.filter((e) => e.entryKind === "COUNT").length);

    expect((await log({ recordKinds: ["AUDIT"] })).totalCount).toBe(0);

    const underGrant = await log({ grantId });
    expect(underGrant.nodes.length).toBeGreaterThan(0);
    expect(underGrant.nodes.every((e) => e.callerCountry === "US" && e.grantIds.includes(grantId))).toBe(true);
    expect((await log({ grantId: "not-a-uuid" })).totalCount).toBe(0);

    const later = await log({ since: middle });
    expect(later.nodes.every((e) => e.callerCountry === "US")).toBe(true);
    const earlier = await log({ before: middle });
    expect(earlier.nodes.every((e) => e.callerCountry === "KR")).toBe(true);
    expect(later.totalCount + earlier.totalCount).toBe(all.totalCount);
  });

  it("pages through a filtered list", async () => {
    const us = await log({ callerCountries: ["US"] });
    const first = await log({ callerCountries: ["US"] }, 1);
    expect(first.pageInfo.hasNextPage).toBe(us.totalCount > 1);
    const second = await log({ callerCountries: ["US"] }, 100, first.pageInfo.endCursor!);
    expect([...first.nodes, ...second.nodes].map((e) => e.seq)).toEqual(us.nodes.map((e) => e.seq));
  });

  it("refuses a window that ends before it starts, naming the field", async () => {
    const { body } = await hub.query(jp, LOG, { filter: { since: middle, before: middle }, first: 10 });
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.before" });
  });
});
