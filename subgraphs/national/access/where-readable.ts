import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { classificationsUpTo } from "../../../shared/policy/grant-terms.js";
import type { ReadRule } from "../../../shared/policy/visibility.js";

export interface RuleColumns {
  classification: string;
  /** Columns a grant can narrow on; a record kind without one is never opened by a grant that narrows on it. */
  severity?: string;
  systemId?: string;
}

/**
 * A read rule as SQL, so that pages and counts are computed over readable rows only. Mirrors
 * `admits()` in shared/policy/visibility.ts; the property tests hold the two to the same answers.
 */
export function whereReadable<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, rule: ReadRule, columns: RuleColumns): SelectQueryBuilder<T> {
  return query.andWhere(
    new Brackets((any) => {
      if (rule.open.length > 0) any.where(`${columns.classification} IN (:...readableOpen)`, { readableOpen: rule.open });
      else any.where("FALSE");
      rule.grants.forEach((grant, i) => {
        const conditions = [`${columns.classification} IN (:...readableGrant${i}Classifications)`];
        const params: Record<string, unknown> = { [`readableGrant${i}Classifications`]: classificationsUpTo(grant.maxClassification) };
        if (grant.severities) {
          conditions.push(columns.severity ? `${columns.severity} IN (:...readableGrant${i}Severities)` : "FALSE");
          params[`readableGrant${i}Severities`] = grant.severities.length ? grant.severities : [null];
        }
        if (grant.systemIds) {
          conditions.push(columns.systemId ? `${columns.systemId} IN (:...readableGrant${i}Systems)` : "FALSE");
          params[`readableGrant${i}Systems`] = grant.systemIds.length ? grant.systemIds : [null];
        }
        any.orWhere(`(${conditions.join(" AND ")})`, params);
      });
    }),
  );
}
