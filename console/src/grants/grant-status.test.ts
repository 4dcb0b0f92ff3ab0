import { describe, expect, it } from "vitest";
import { grantStatus, matchesFilter, parseStatusFilter } from "./grant-status";

const NOW = new Date("2026-07-01T00:00:00Z");
const window = {
  validFrom: "2026-06-01T00:00:00Z",
  validUntil: "2026-08-01T00:00:00Z",
  revokedAt: null,
};

describe("grantStatus", () => {
  it("is active within its window, as the hub's isActive", () => {
    expect(grantStatus(window, NOW)).toBe("ACTIVE");
    expect(grantStatus({ ...window, validFrom: NOW.toISOString() }, NOW)).toBe("ACTIVE");
  });
  it("is expired from validUntil on", () => {
    expect(grantStatus({ ...window, validUntil: NOW.toISOString() }, NOW)).toBe("EXPIRED");
  });
  it("is not yet in force before validFrom", () => {
    expect(grantStatus({ ...window, validFrom: "2026-07-02T00:00:00Z" }, NOW)).toBe("SCHEDULED");
  });
  it("trusts the hub's 'active' over a local clock that runs behind it", () => {
    const justIssued = { ...window, validFrom: "2026-07-01T00:00:02Z", active: true };
    expect(grantStatus(justIssued, NOW)).toBe("ACTIVE");
    expect(grantStatus({ ...justIssued, active: false }, NOW)).toBe("SCHEDULED");
    // Read while in force, since run out: the local clock is right.
    expect(grantStatus({ ...window, validUntil: NOW.toISOString(), active: true }, NOW)).toBe("EXPIRED");
  });
  it("is revoked once revoked, whatever its window", () => {
    expect(grantStatus({ ...window, revokedAt: "2026-06-15T00:00:00Z" }, NOW)).toBe("REVOKED");
    expect(
      grantStatus(
        {
          ...window,
          validUntil: "2026-06-20T00:00:00Z",
          revokedAt: "2026-06-15T00:00:00Z",
        },
        NOW,
      ),
    ).toBe("REVOKED");
  });
});

describe("status filter", () => {
  it("reads the URL's value, anything unknown as all", () => {
    expect(parseStatusFilter("revoked")).toBe("revoked");
    expect(parseStatusFilter("bogus")).toBe("all");
    expect(parseStatusFilter(null)).toBe("all");
  });
  it("matches a status", () => {
    expect(matchesFilter("ACTIVE", "all")).toBe(true);
    expect(matchesFilter("ACTIVE", "active")).toBe(true);
    expect(matchesFilter("REVOKED", "active")).toBe(false);
  });
});
