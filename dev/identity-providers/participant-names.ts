import { BOARD } from "../../shared/auth/caller.js";
import { MAX_DEMO_PARTICIPANTS, demoParticipants } from "../seed/demo-participants.js";

const NAMES = new Map(demoParticipants(MAX_DEMO_PARTICIPANTS).map((p) => [p.code, p.name]));
NAMES.set(BOARD, "International review board");

/** The name a provider's pages show for a participant (its code when it is not a demo participant). */
export function participantName(code: string): string {
  return NAMES.get(code) ?? code;
}
