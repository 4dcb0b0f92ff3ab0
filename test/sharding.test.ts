import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Classification } from "../shared/policy/classification.js";
import { insertIncidents, oneOfEachClassification } from "./support/incidents.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const COUNTRIES = ["JP", "US", "KR"];

describe("sharding the national subgraph by country", () => {
  let hub: TestHub;
  let jpRegulator: string;

  beforeAll(async () => {
    hub = await startTestHub({ countries: COUNTRIES, unroutedCountries: ["FR"] });
    // Distinct data per database, and a different number of records in each, so a mix-up shows.
    for (const [i, code] of COUNTRIES.entries()) {
      const extra = Array.from({ length: i + 1 }, (_, n) => ({ title: `${code} shared extra ${n}`, classification: Classification.SHARED }));
      await insertIncidents(hub.nations.get(code)!.db, code, [...oneOfEachClassification(code), ...extra]);
    }
    jpRegulator = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  it("answers one query over several countries, each from its own database", async () => {
    const { body } = await hub.query(
      jpRegulator,
      `{ countries { code name incidents(first: 500) { totalCount nodes { id country title classification } } } }`,
    );
    const byCode = Object.fromEntries(body.data!.countries.map((c: any) => [c.code, c]));
    expect(Object.keys(byCode).sort()).toEqual(["FR", "JP", "KR", "US"]);
    for (const code of COUNTRIES) {
      const { incidents } = byCode[code];
      expect(incidents.nodes.length).toBeGreaterThan(0);
      for (const node of incidents.nodes) {
        expect(node.country).toBe(code);
        expect(node.title.startsWith(`${code} `)).toBe(true);
      }
      expect(incidents.totalCount).toBe(incidents.nodes.length);
    }
    // JP sees all of its own 4 classifications plus 1 extra; US (2 extras) and KR (3) show 2 + extras.
    expect(byCode.JP.incidents.totalCount).toBe(5);
    expect(byCode.US.incidents.totalCount).toBe(2 + 2);
    expect(byCode.KR.incidents.totalCount).toBe(2 + 3);
  });

  it("asks only the countries named in `codes`, and rejects an oversized list", async () => {
    const { body } = await hub.query(jpRegulator, `{ countries(codes: ["kr", "US", "ZZ"]) { code incidents { totalCount } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.countries.map((c: any) => c.code)).toEqual(["KR", "US"]);
    expect(body.data!.countries.every((c: any) => c.incidents.totalCount > 0)).toBe(true);

    const tooMany = await hub.query(jpRegulator, `query ($codes: [ID!]) { countries(codes: $codes) { code } }`, {
      codes: Array.from({ length: 501 }, (_, i) => `X${i}`),
    });
    expect(tooMany.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(tooMany.body.errors![0]!.message).toMatch(/At most 500 codes/);
  });

  it("gives an unrouted country null and UNKNOWN_COUNTRY while the others still answer", async () => {
    const { body } = await hub.query(jpRegulator, `{ countries { code incidents { totalCount } } }`);
    const fr = body.data!.countries.find((c: any) => c.code === "FR");
    expect(fr.incidents).toBeNull();
    const unknown = body.errors!.filter((e) => e.extensions?.code === "UNKNOWN_COUNTRY");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.extensions!.country).toBe("FR");
    for (const code of COUNTRIES) {
      expect(body.data!.countries.find((c: any) => c.code === code).incidents.totalCount).toBeGreaterThan(0);
    }
  });

  it("keeps the order of interleaved entities from several countries", async () => {
    const { body } = await hub.query(
      jpRegulator,
      `{ a: country(code: "US") { ...f } b: country(code: "JP") { ...f } c: country(code: "KR") { ...f }
         d: country(code: "US") { ...f } e: country(code: "JP") { ...f } }
       fragment f on Country { code incidents(first: 1) { nodes { country } } }`,
    );
    expect(body.errors).toBeUndefined();
    const order = ["a", "b", "c", "d", "e"].map((alias) => [body.data![alias].code, body.data![alias].incidents.nodes[0].country]);
    expect(order).toEqual([
      ["US", "US"],
      ["JP", "JP"],
      ["KR", "KR"],
      ["US", "US"],
      ["JP", "JP"],
    ]);
  });

  it("routes a root query to the caller's home country", async () => {
    const usRegulator = await hub.token("US", { roles: ["regulator"] });
    const { body } = await hub.query(usRegulator, `{ myCountry { code name incidents(first: 500) { totalCount } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.myCountry.code).toBe("US");
    expect(body.data!.myCountry.name).toBe("Test participant US");
    expect(body.data!.myCountry.incidents.totalCount).toBe(4 + 2);
  });
});
