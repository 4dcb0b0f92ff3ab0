import { BOARD, type Caller, ROLES, type Role } from "../../../shared/auth/caller";
import { can, RIGHTS } from "../../../shared/policy/rights";
import type { Me } from "../session/session-context";

/**
 * The console's views and who may use them, decided by the hub's own rights table (shared/policy), so
 * the console offers exactly what the hub would answer.
 */
export interface ConsoleView {
  id: "incidents" | "report" | "compliance" | "review-queue" | "grants" | "access-log" | "explorer";
  path: string;
  title: string;
  summary: string;
  allowed(caller: Caller): boolean;
  /** What the page says to a caller whose role cannot use it. */
  refusal: string;
}

export const VIEWS: readonly ConsoleView[] = [
  {
    id: "incidents",
    path: "/incidents",
    title: "Incidents across borders",
    summary: "Search every participant's shared incidents, on a timeline and in a table.",
    allowed: (caller) => can(caller, RIGHTS.READ_RECORDS),
    refusal: "Your role cannot read incident records: regulators, auditors and the board's analysts can.",
  },
  {
    id: "report",
    path: "/report",
    title: "Report and revise",
    summary: "File an incident in your own register and watch the 72-hour notification clocks.",
    allowed: (caller) => caller.country !== BOARD && can(caller, RIGHTS.REPORT_INCIDENTS),
    refusal: "Your role cannot report incidents: only a country's own regulators can.",
  },
  {
    id: "compliance",
    path: "/compliance",
    title: "Compliance matrix",
    summary: "Countries against the baseline for a milestone; open a report and its review.",
    allowed: (caller) => can(caller, RIGHTS.READ_REPORTS),
    refusal: "Your role cannot read compliance reports: the board's analysts and countries' regulators can.",
  },
  {
    id: "review-queue",
    path: "/review-queue",
    title: "Review queue",
    summary: "Reports waiting for the board, longest first, with what changed since the version before.",
    allowed: (caller) => caller.country === BOARD && can(caller, RIGHTS.REVIEW_REPORTS),
    refusal: "Your role cannot use the review queue: only the board's analysts review compliance reports.",
  },
  {
    id: "grants",
    path: "/grants",
    title: "Grants",
    summary: "Bilateral grants issued and received; preview, issue and revoke.",
    allowed: (caller) => caller.country !== BOARD && can(caller, RIGHTS.READ_GRANTS),
    refusal: "Your role cannot see grants: a country's negotiators and regulators can.",
  },
  {
    id: "access-log",
    path: "/access-log",
    title: "Access log",
    summary: "Who read your country's records, when, under which grant; and whether the log is intact.",
    allowed: (caller) => caller.country !== BOARD && can(caller, RIGHTS.READ_ACCESS_LOG),
    refusal: "Your role cannot read the access log: a country's own regulators and auditors can.",
  },
  {
    id: "explorer",
    path: "/explorer",
    title: "Explorer",
    summary: "GraphiQL on the hub's API, signed in as you.",
    allowed: () => true,
    refusal: "",
  },
];

export function callerOf(me: Me): Caller {
  return {
    country: me.country,
    subject: me.subject,
    roles: me.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    scopes: me.scopes,
  };
}

export function viewsFor(me: Me): ConsoleView[] {
  const caller = callerOf(me);
  return VIEWS.filter((view) => view.allowed(caller));
}
