/** Where a grant stands at an instant, as its row, its bar and its badge say it in words. */
export type GrantStatus = "ACTIVE" | "SCHEDULED" | "EXPIRED" | "REVOKED";

export interface GrantWindow {
  validFrom: string;
  validUntil: string;
  revokedAt: string | null;
  /** The hub's own answer when it was read: in force then, by the hub's clock. */
  active?: boolean;
}

export const STATUS_LABEL: Record<GrantStatus, string> = {
  ACTIVE: "Active",
  SCHEDULED: "Not yet in force",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
};

/**
 * The same rule as the hub's isActive (shared/policy/grant-terms.ts), told apart further: a page left
 * open keeps telling the truth as a grant comes into force or runs out, without asking the hub again.
 * A grant the hub said was in force is not "not yet in force" here because this machine's clock runs
 * a little behind the hub's (a grant issued a moment ago starts at the hub's "now").
 */
export function grantStatus(grant: GrantWindow, now: Date): GrantStatus {
  if (grant.revokedAt !== null) return "REVOKED";
  const at = now.getTime();
  if (at < Date.parse(grant.validFrom)) return grant.active ? "ACTIVE" : "SCHEDULED";
  if (at >= Date.parse(grant.validUntil)) return "EXPIRED";
  return "ACTIVE";
}

export const STATUS_FILTERS = ["all", "active", "scheduled", "expired", "revoked"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function parseStatusFilter(value: string | null): StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value ?? "") ? (value as StatusFilter) : "all";
}

export function matchesFilter(status: GrantStatus, filter: StatusFilter): boolean {
  return filter === "all" || status.toLowerCase() === filter;
}
