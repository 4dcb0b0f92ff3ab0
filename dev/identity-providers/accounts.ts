import { BOARD, type Role } from "../../shared/auth/caller.js";

/**
 * The demo users of a participant's dev identity provider: one per role that participant's tokens may
 * carry (a country: regulator, negotiator, auditor; the board: analyst). Dev only, and said so: every
 * one has the same visible password, and the login page lists them.
 */
export const DEMO_PASSWORD = "demo";

export interface DemoUser {
  /** The user name typed at the login page, and the token's `sub`. */
  username: string;
  name: string;
  participant: string;
  roles: Role[];
}

const COUNTRY_ROLES: readonly Role[] = ["regulator", "negotiator", "auditor"];
const BOARD_ROLES: readonly Role[] = ["analyst"];

export function demoUsers(participant: string, participantName = participant): DemoUser[] {
  const roles = participant === BOARD ? BOARD_ROLES : COUNTRY_ROLES;
  return roles.map((role) => ({
    username: `${participant.toLowerCase()}-${role}`,
    name: `Demo ${role} (${participantName})`,
    participant,
    roles: [role],
  }));
}

/**
 * The user a name and password sign in as, or undefined. An unknown name and a wrong password give the
 * same answer, so the page says no more than the list it already shows.
 */
export function signIn(users: readonly DemoUser[], username: string, password: string): DemoUser | undefined {
  const user = users.find((u) => u.username === username.trim().toLowerCase());
  return user && password === DEMO_PASSWORD ? user : undefined;
}
