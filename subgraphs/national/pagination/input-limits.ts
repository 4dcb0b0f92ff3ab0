import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { MAX_PAGE_SIZE } from "./page-info.js";

/** Longest free-text filter accepted: a search phrase, not a document. */
export const MAX_FILTER_TEXT = 200;
/** Longest id or cursor accepted: ids are UUIDs (36) and cursors under 100 characters. */
export const MAX_ID_LENGTH = 100;
/** Longest list in a filter: no more values than a page holds records. */
export const MAX_FILTER_LIST = MAX_PAGE_SIZE;

/**
 * Refuses over-long filter input before any SQL is built: its cost would be paid by the country, not
 * the caller. `field` names the argument, e.g. `filter.text`.
 */
export function assertText(value: string | null | undefined, field: string, max = MAX_FILTER_TEXT): void {
  if (value != null && value.length > max) throw badUserInput(`\`${field}\` must be at most ${max} characters.`, field);
}

export function assertId(value: string | null | undefined, field: string): void {
  assertText(value, field, MAX_ID_LENGTH);
}

export function assertList(values: readonly unknown[] | null | undefined, field: string, max = MAX_FILTER_LIST): void {
  if (values != null && values.length > max) throw badUserInput(`\`${field}\` takes at most ${max} values.`, field);
}
