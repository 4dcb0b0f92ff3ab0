import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { RecordFacts, RecordKind } from "../../../shared/policy/grant-terms.js";
import type { ReadRule } from "../../../shared/policy/visibility.js";
import { Audit } from "../audits/audit.js";
import { Incident } from "../incidents/incident.js";
import { System } from "../systems/system-entities.js";
import { readableCondition, type RuleColumns, type SqlCondition } from "./where-readable.js";

export interface RowOf {
  INCIDENT: Incident;
  SYSTEM: System;
  AUDIT: Audit;
}

interface RecordTable<T> {
  entity: new () => T;
  alias: string;
  table: string;
  /** Column names of the table (not TypeORM property names): the same SQL serves the query builder and plain statements. */
  columns: RuleColumns;
  /** What the policy checks a row against (which grant opened it). */
  facts(row: T): Omit<RecordFacts, "kind"> & { id: string };
  /** The properties `facts` reads: read with every row, whatever else is asked. */
  factProperties: readonly string[];
}

/** Where each kind of record lives, and which of its columns the read rules look at. */
export const RECORD_TABLES: { [K in RecordKind]: RecordTable<RowOf[K]> } = {
  INCIDENT: {
    entity: Incident,
    alias: "incident",
    table: "incident",
    columns: { classification: "incident.classification", severity: "incident.severity", systemId: "incident.system_id" },
    facts: (row) => ({ id: row.id, classification: row.classification, severity: row.severity, systemId: row.systemId }),
    factProperties: ["id", "classification", "severity", "systemId"],
  },
  // A grant narrowed to systems opens those systems themselves.
  SYSTEM: {
    entity: System,
    alias: "system",
    table: "ai_system",
    columns: { classification: "system.classification", systemId: "system.id" },
    facts: (row) => ({ id: row.id, classification: row.classification, systemId: row.id }),
    factProperties: ["id", "classification"],
  },
  // A grant narrowed to systems opens the audits of those systems.
  AUDIT: {
    entity: Audit,
    alias: "audit",
    table: "audit",
    columns: { classification: "audit.classification", systemId: "audit.system_id" },
    facts: (row) => ({ id: row.id, classification: row.classification, systemId: row.systemId }),
    factProperties: ["id", "classification", "systemId"],
  },
};

/** The rows of `kind` a rule admits, as a query to narrow further. */
export function readableQuery<K extends RecordKind>(db: DataSource, kind: K, rule: ReadRule): SelectQueryBuilder<RowOf[K]> {
  const table = RECORD_TABLES[kind] as RecordTable<ObjectLiteral>;
  const { sql, params } = readableCondition(rule, table.columns);
  return db.getRepository(table.entity).createQueryBuilder(table.alias).where(sql, params) as SelectQueryBuilder<RowOf[K]>;
}

/**
 * "`idExpression` is a system the caller may see", as SQL: a filter or link on a system id then treats
 * a hidden system exactly like one that never existed.
 */
export function visibleSystemCondition(idExpression: string, systemRule: ReadRule, prefix: string): SqlCondition {
  const { sql, params } = readableCondition(systemRule, { classification: `${prefix}.classification`, systemId: `${prefix}.id` }, prefix);
  return { sql: `EXISTS (SELECT 1 FROM ai_system ${prefix} WHERE ${prefix}.id = ${idExpression} AND ${sql})`, params };
}
