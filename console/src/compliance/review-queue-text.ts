import type { ComplianceReportStatus, MilestoneCode, ReviewQueueQuery } from "../gql/graphql";
import { formatDuration } from "../ui/format";
import { REVIEW_STATUSES } from "./review-moves";

export type QueueEntry = ReviewQueueQuery["reviewQueue"][number];

/** Beyond this many item codes, a list says "and N more": the drawer marks every one. */
const CODES_SHOWN = 6;

function codes(list: readonly string[]): string {
  const shown = list.slice(0, CODES_SHOWN).join(", ");
  return list.length > CODES_SHOWN ? `${shown} and ${list.length - CODES_SHOWN} more` : shown;
}

/**
 * What a version changed since the one before, in words: "First version: 30 items assessed", or
 * "Since version 1: 1 new (TSB-06); 1 changed (TSB-02)".
 */
export function changesText(changes: QueueEntry["changes"]): string {
  if (changes.sinceVersion === null) return `First version: ${changes.added.length} item${changes.added.length === 1 ? "" : "s"} assessed`;
  const parts = [
    ...(changes.added.length ? [`${changes.added.length} new (${codes(changes.added)})`] : []),
    ...(changes.changed.length ? [`${changes.changed.length} changed (${codes(changes.changed)})`] : []),
  ];
  return `Since version ${changes.sinceVersion}: ${parts.length ? parts.join("; ") : "no item changed"}`;
}

/** How an item of the open version is marked against the previous one; nothing for a first version (every item is new). */
export function changeTag(itemCode: string, changes: QueueEntry["changes"] | undefined): string | undefined {
  if (!changes || changes.sinceVersion === null) return undefined;
  if (changes.added.includes(itemCode)) return `new since version ${changes.sinceVersion}`;
  if (changes.changed.includes(itemCode)) return `changed since version ${changes.sinceVersion}`;
  return undefined;
}

/** "waiting 3 d 4 h": how long the report has been in its status. */
export function waitingText(waitingSince: string, now: Date): string {
  const ms = now.getTime() - Date.parse(waitingSince);
  return ms <= 0 ? "just now" : `waiting ${formatDuration(ms)}`;
}

export interface QueueFilters {
  /** Undefined: every milestone. */
  milestone: MilestoneCode | undefined;
  status: ComplianceReportStatus;
  /** The report open in the drawer. */
  report: string | undefined;
}

/** Reads the queue's URL; what the hub would not accept falls back to every milestone, SUBMITTED. */
export function readQueueFilters(params: URLSearchParams, milestones: readonly { code: MilestoneCode }[]): QueueFilters {
  const milestone = milestones.find((m) => m.code === params.get("milestone"))?.code;
  const status = REVIEW_STATUSES.find((s) => s === params.get("status")) ?? "SUBMITTED";
  return { milestone, status, report: params.get("report") || undefined };
}
