import { describe, expect, it } from "vitest";
import { type CountryPage, mergeCountryPages, sortRows } from "./incident-rows";
import { row } from "./test-rows";

const page = (nodes: CountryPage["nodes"], totalCount: number, endCursor: string | null, hasNextPage: boolean): CountryPage => ({
  nodes,
  totalCount,
  pageInfo: { endCursor, hasNextPage },
});

describe("mergeCountryPages", () => {
  it("joins a country's pages in order, once each, and follows the last cursor", () => {
    const [jp, kr] = mergeCountryPages(
      [
        { code: "JP", name: "Japan", incidents: page([row({ id: "a", country: "JP" }), row({ id: "b", country: "JP" })], 5, "c1", true) },
        { code: "KR", name: "Korea", incidents: null },
      ],
      new Map([["JP", [page([row({ id: "b", country: "JP" }), row({ id: "c", country: "JP" })], 5, "c2", true)]]]),
    );
    expect(jp!.rows.map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(jp).toMatchObject({ answered: true, totalCount: 5, nextCursor: "c2" });
    expect(kr).toEqual({ code: "KR", name: "Korea", answered: false, totalCount: undefined, rows: [], nextCursor: undefined });
  });

  it("stops at a page the country did not give, and has no cursor after the last page", () => {
    const [jp] = mergeCountryPages(
      [{ code: "JP", name: "Japan", incidents: page([row({ id: "a", country: "JP" })], 2, "c1", true) }],
      new Map([["JP", [null, page([row({ id: "z", country: "JP" })], 2, "c3", false)]]]),
    );
    expect(jp!.rows.map((r) => r.id)).toEqual(["a"]);
    expect(jp!.nextCursor).toBe("c1");
    const [done] = mergeCountryPages([{ code: "JP", name: "Japan", incidents: page([], 0, null, false) }], new Map());
    expect(done!.nextCursor).toBeUndefined();
  });
});

describe("sortRows", () => {
  const rows = [
    row({ id: "1", country: "US", severity: "DISASTER", classification: "PUBLIC", occurredAt: "2026-01-02T00:00:00Z", title: "b" }),
    row({ id: "2", country: "JP", severity: "HAZARD", classification: "RESTRICTED", occurredAt: "2026-03-01T00:00:00Z", title: "a" }),
    row({ id: "3", country: "EU", severity: "SERIOUS_INCIDENT", classification: "SHARED", occurredAt: "2026-02-01T00:00:00Z", title: "c" }),
  ];
  const ids = (key: Parameters<typeof sortRows>[1]["key"], direction: "asc" | "desc") => sortRows(rows, { key, direction }).map((r) => r.id);

  it("sorts by when it occurred, newest first by default", () => {
    expect(ids("occurredAt", "desc")).toEqual(["2", "3", "1"]);
    expect(ids("occurredAt", "asc")).toEqual(["1", "3", "2"]);
  });

  it("sorts severity and classification by their scale, not alphabetically", () => {
    expect(ids("severity", "asc")).toEqual(["2", "3", "1"]);
    expect(ids("classification", "desc")).toEqual(["2", "3", "1"]);
    expect(ids("country", "asc")).toEqual(["3", "2", "1"]);
    expect(ids("title", "asc")).toEqual(["2", "1", "3"]);
  });

  it("does not change the rows it is given", () => {
    sortRows(rows, { key: "title", direction: "asc" });
    expect(rows.map((r) => r.id)).toEqual(["1", "2", "3"]);
  });
});
