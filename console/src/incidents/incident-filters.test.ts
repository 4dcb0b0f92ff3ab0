import { describe, expect, it } from "vitest";
import {
  readMorePages,
  readOpenIncident,
  readOrder,
  readSearch,
  toIncidentFilter,
  writeMorePages,
  writeOpenIncident,
  writeOrder,
  writeSearch,
} from "./incident-filters";

describe("incident search in the URL", () => {
  it("reads every filter and round-trips through the URL", () => {
    const params = new URLSearchParams(
      "country=us&country=JP&severity=DISASTER&severity=HAZARD&classification=RESTRICTED&status=OVERDUE&highRisk=yes&from=2026-01-01&to=2026-06-30&q=+chatbot+&size=50",
    );
    const search = readSearch(params);
    expect(search).toEqual({
      countries: ["JP", "US"],
      severities: ["DISASTER", "HAZARD"],
      classifications: ["RESTRICTED"],
      notificationStatuses: ["OVERDUE"],
      highRisk: true,
      occurredFrom: "2026-01-01",
      occurredTo: "2026-06-30",
      text: "chatbot",
      pageSize: 50,
    });
    expect(readSearch(writeSearch(new URLSearchParams(), search))).toEqual(search);
  });

  it("drops what the hub would refuse", () => {
    const search = readSearch(new URLSearchParams(`severity=HUGE&classification=SECRET&status=x&highRisk=maybe&from=2026-13-45&to=yesterday&size=5000&country=<b>&q=${"a".repeat(300)}`));
    expect(search).toMatchObject({ countries: [], severities: [], classifications: [], notificationStatuses: [], highRisk: undefined, occurredFrom: undefined, occurredTo: undefined, pageSize: 20 });
    expect(search.text).toHaveLength(200);
  });

  it("turns the search into the hub's filter, the 'to' day included", () => {
    const search = readSearch(new URLSearchParams("severity=DISASTER&highRisk=no&from=2026-01-01&to=2026-12-31&q=dose"));
    expect(toIncidentFilter(search)).toEqual({
      severities: ["DISASTER"],
      highRisk: false,
      occurredAfter: "2026-01-01T00:00:00.000Z",
      occurredBefore: "2027-01-01T00:00:00.000Z",
      text: "dose",
    });
    expect(toIncidentFilter(readSearch(new URLSearchParams()))).toBeUndefined();
  });

  it("a new search forgets the pages loaded for the old one and keeps the order and the open incident", () => {
    const current = new URLSearchParams("country=JP&more=JP:2&sort=title:asc&incident=JP.abc");
    const next = writeSearch(current, readSearch(new URLSearchParams("country=US")));
    expect(next.toString()).toBe("country=US&sort=title%3Aasc&incident=JP.abc");
  });
});

describe("pages, order and the open incident", () => {
  it("keeps the pages loaded per country", () => {
    const more = readMorePages(new URLSearchParams("more=US:1,JP:2,bad,XX:0,KR:-1"));
    expect([...more]).toEqual([
      ["US", 1],
      ["JP", 2],
    ]);
    expect(writeMorePages(new URLSearchParams("a=1"), more).get("more")).toBe("JP:2,US:1");
    expect(writeMorePages(new URLSearchParams("more=JP:1"), new Map()).has("more")).toBe(false);
  });

  it("reads the table order, newest first by default", () => {
    expect(readOrder(new URLSearchParams())).toEqual({ key: "occurredAt", direction: "desc" });
    expect(readOrder(new URLSearchParams("sort=severity:asc"))).toEqual({ key: "severity", direction: "asc" });
    expect(readOrder(new URLSearchParams("sort=password:asc"))).toEqual({ key: "occurredAt", direction: "desc" });
    expect(writeOrder(new URLSearchParams("sort=title:asc"), { key: "occurredAt", direction: "desc" }).has("sort")).toBe(false);
  });

  it("names the open incident by its owner and id", () => {
    const params = writeOpenIncident(new URLSearchParams(), { country: "KR", id: "106569ed-93a0-469e-ad66-a9c38c5f70c3" });
    expect(params.get("incident")).toBe("KR.106569ed-93a0-469e-ad66-a9c38c5f70c3");
    expect(readOpenIncident(params)).toEqual({ country: "KR", id: "106569ed-93a0-469e-ad66-a9c38c5f70c3" });
    expect(readOpenIncident(new URLSearchParams("incident=nodot"))).toBeUndefined();
    expect(readOpenIncident(new URLSearchParams("incident=.id"))).toBeUndefined();
    expect(writeOpenIncident(params, undefined).has("incident")).toBe(false);
  });
});
