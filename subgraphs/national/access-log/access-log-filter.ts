import { Field, ID, InputType } from "type-graphql";
import type { SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import { RecordKindEnum } from "../grants/grant.js";
import { assertId, assertList } from "../pagination/input-limits.js";
import { UUID } from "../pagination/cursor.js";
import { AccessLogEntry, AccessLogEntryKind } from "./access-log-entry.js";

@InputType({ description: "Narrows the access log; every field given must hold (and), a list matches any of its values." })
export class AccessLogFilter {
  @Field(() => [String], { nullable: true, description: "Only reads by callers of these participants (codes)." })
  callerCountries?: string[] | null;

  @Field(() => [AccessLogEntryKind], { nullable: true })
  entryKinds?: AccessLogEntryKind[] | null;

  @Field(() => [RecordKindEnum], { nullable: true })
  recordKinds?: RecordKindEnum[] | null;

  @Field(() => ID, { nullable: true, description: "Only entries involving this grant (READ: it opened the records; COUNT: it was in force)." })
  grantId?: string | null;

  @Field(() => Date, { nullable: true, description: "Only entries written at or after this time." })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only entries written before this time." })
  before?: Date | null;
}

/** Refuses over-long filter input (BAD_USER_INPUT naming the argument) before any SQL is built. */
export function validateAccessLogFilter(filter: AccessLogFilter | null | undefined): void {
  if (!filter) return;
  assertList(filter.callerCountries, "filter.callerCountries");
  assertList(filter.entryKinds, "filter.entryKinds");
  assertList(filter.recordKinds, "filter.recordKinds");
  assertId(filter.grantId, "filter.grantId");
  if (filter.since && filter.before && filter.before <= filter.since) {
    throw badUserInput("`filter.before` must be later than `filter.since`.", "filter.before");
  }
}

/** Adds the filter's conditions to a query over `access_log` aliased `e`. */
export function applyAccessLogFilter(query: SelectQueryBuilder<AccessLogEntry>, filter: AccessLogFilter | null | undefined): void {
  if (!filter) return;
  if (filter.callerCountries) {
    const codes = filter.callerCountries.map((code) => code.trim().toUpperCase());
    query.andWhere("e.callerCountry IN (:...callerCountries)", { callerCountries: nonEmpty(codes) });
  }
  if (filter.entryKinds) query.andWhere("e.entryKind IN (:...entryKinds)", { entryKinds: nonEmpty(filter.entryKinds) });
  if (filter.recordKinds) query.andWhere("e.recordKind IN (:...recordKinds)", { recordKinds: nonEmpty(filter.recordKinds) });
  if (filter.grantId != null) {
    // A malformed id matches nothing, like an id no grant has.
    const grantId = UUID.test(filter.grantId) ? filter.grantId.toLowerCase() : null;
    if (grantId === null) query.andWhere("FALSE");
    else query.andWhere("(e.grantId = CAST(:grantId AS uuid) OR CAST(:grantId AS uuid) = ANY(e.grantIds))", { grantId });
  }
  if (filter.since) query.andWhere("e.at >= :since", { since: filter.since });
  if (filter.before) query.andWhere("e.at < :before", { before: filter.before });
}

/** An empty list matches nothing (SQL's `IN ()` is not valid). */
function nonEmpty<T>(values: readonly T[]): (T | null)[] {
  return values.length > 0 ? [...values] : [null];
}
