import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { classificationsUpTo } from "../../../shared/policy/grant-terms.js";
import type { ReadRule } from "../../../shared/policy/visibility.js";

export interface RuleColumns {
  classification: string;
  /** Columns a grant can narrow on; a record kind without one is never opened by a grant that narrows on it. */
  severity?: string;
  systemId?: string;
}

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * A read rule as an SQL condition, so that pages and counts are computed over readable rows only.
 * Mirrors `admits()` in shared/policy/visibility.ts; the property tests hold the two to the same answers.
 * `prefix` keeps the parameters of two rules in one statement apart (an audit and its system).
 */
export function readableCondition(rule: ReadRule, columns: RuleColumns, prefix = "readable"): SqlCondition {
  const params: Record<string, unknown> = {};
  const any: string[] = [];
  if (rule.open.length > 0) {
    any.push(`${columns.classification} IN (:...${prefix}Open)`);
    params[`${prefix}Open`] = rule.open;
  }
  rule.grants.forEach((grant, i) => {
    const name = `${prefix}Grant${i}`;
    const conditions = [`${columns.classification} IN (:...${name}Classifications)`];
    params[`${name}Classifications`] = classificationsUpTo(grant.maxClassification);
    if (grant.severities) {
      conditions.push(columns.severity ? `${columns.severity} IN (:...${name}Severities)` : "FALSE");
      params[`${name}Severities`] = grant.severities.length ? grant.severities : [null];
    }
    if (grant.systemIds) {
      conditions.push(columns.systemId ? `${columns.systemId} IN (:...${name}Systems)` : "FALSE");
      params[`${name}Systems`] = grant.systemIds.length ? grant.systemIds : [null];
    }
    any.push(`(${conditions.join(" AND ")})`);
  });
  return { sql: any.length > 0 ? `(${any.join(" OR ")})` : "FALSE", params };
}

export function whereReadable<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, rule: ReadRule, columns: RuleColumns, prefix?: string): SelectQueryBuilder<T> {
  const { sql, params } = readableCondition(rule, columns, prefix);
  return query.andWhere(sql, params);
}
