/** The roles a participant's identity provider may put in a token. */
export const ROLES = ["regulator", "analyst", "negotiator", "auditor"] as const;
export type Role = (typeof ROLES)[number];

/** Participant code of the international review board. */
export const BOARD = "BOARD";

/** The caller as the hub sees it once its token has been verified. */
export interface Caller {
  /** Participant code that issued the token (a country code, or BOARD). */
  country: string;
  subject: string;
  roles: Role[];
  scopes: string[];
  /** When its token expires (seconds since the epoch); absent for callers not made from a token. */
  expiresAt?: number;
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.includes(role);
}
