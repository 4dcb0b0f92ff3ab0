import type { Caller } from "../auth/caller.js";
import { ALL_CLASSIFICATIONS, Classification } from "./classification.js";

/**
 * The one place that decides which classifications of a country's records a caller may see.
 *
 * The owning country sees everything it holds. Every other participant and the review board see
 * PUBLIC and SHARED records. RESTRICTED stays with the owner until bilateral grants exist, and
 * NATIONAL_SECURITY (the carve-out) never leaves the owner whatever else is added later.
 *
 * Callers apply the result inside the query that reads the rows, so that lists, counts and lookups by
 * id can never see what the caller may not.
 */
export function visibleClassifications(caller: Caller, owner: string): readonly Classification[] {
  if (caller.country === owner) return ALL_CLASSIFICATIONS;
  return FOREIGN_VISIBLE;
}

const FOREIGN_VISIBLE: readonly Classification[] = [Classification.PUBLIC, Classification.SHARED];

export function mayRead(caller: Caller, owner: string, classification: Classification): boolean {
  return visibleClassifications(caller, owner).includes(classification);
}
