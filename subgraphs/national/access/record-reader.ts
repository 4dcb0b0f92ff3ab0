import type { SelectQueryBuilder } from "typeorm";
import { classificationsUpTo, type RecordKind } from "../../../shared/policy/grant-terms.js";
import { countsAreLogged, isLoggedRead } from "../../../shared/policy/owner-only.js";
import { admits, type ReadRule } from "../../../shared/policy/visibility.js";
import type { EntryDraft } from "../access-log/append-entries.js";
import type { Grant } from "../grants/grant.js";
import { entityRows } from "./entity-rows.js";
import { grantsFingerprint } from "./grants-seen.js";
import { positional } from "./positional-sql.js";
import { queryPrepared } from "./prepared-statements.js";
import { RECORD_TABLES, readableQuery, type RowOf, visibleSystemCondition } from "./record-tables.js";
import type { RequestAccess } from "./request-access.js";
import type { RequestLog } from "./request-log.js";
import { readableCondition, type SqlCondition } from "./where-readable.js";

/** What a read path may add to the query the reader builds: filters, joins on visible systems. */
export type Narrow<K extends RecordKind> = (query: SelectQueryBuilder<RowOf[K]>, scope: ReadScope) => void;

export interface ReadScope {
  /** "`idExpression` is an AI system the caller may see": a hidden system then answers like a made-up id. */
  visibleSystem(idExpression: string): SqlCondition;
}

/**
 * A page's rows beyond the caller's rule, as SQL conditions (TypeORM's named parameters, table column
 * names under the kind's alias), and their order: a page is read with one prepared statement.
 */
export interface PageSelection {
  where: (scope: ReadScope) => SqlCondition[];
  /** ORDER BY, ending with a unique column so that pages do not overlap. */
  orderBy: string;
  /**
   * The properties read of each row (the rule's facts are added); null: all. Rows given to GraphQL must
   * carry every field the query may ask of them.
   */
  properties?: readonly string[] | null;
}

/** Conditions as a Narrow, for the reads that go through the query builder (counts of the same list). */
export function narrowBy<K extends RecordKind>(where: (scope: ReadScope) => SqlCondition[]): Narrow<K> {
  return (query, scope) => {
    for (const condition of where(scope)) query.andWhere(condition.sql, condition.params);
  };
}

export interface ReadOptions {
  /** The list and filter that selected the rows (see filter-hash.ts); logged with them. */
  filterHash?: string | null;
  /** The caller narrowed the rows by their content: the read is logged even when it gives no non-public record. */
  filtered?: boolean;
}

/**
 * The one way this subgraph reads records for a request: the caller's rule, applied in the SQL that
 * reads the rows, and the access-log entry for what leaves, together. A read path says what it wants
 * (which rows, how narrowed) and whether the rows are given to the caller (`read`) or only counted or
 * used to compute something (`count`, `consult`); it cannot read without the rule, and cannot give or
 * count non-public records to a foreign caller without the log recording it.
 */
export class RecordReader {
  private systemPrefix = 0;
  /** Records already logged in this request, with the append that logs them: each is logged once. */
  private readonly logged = new Map<string, Promise<void>>();

  constructor(
    private readonly access: RequestAccess,
    private readonly log: RequestLog,
  ) {}

  /** Rows given to the caller: one READ entry per grant involved, carrying the ids. */
  async read<K extends RecordKind>(kind: K, narrow: Narrow<K> | null, options: ReadOptions = {}): Promise<RowOf[K][]> {
    const { rule, query } = await this.query(kind, narrow);
    const rows = await query.getMany();
    await this.logReturned(kind, rule, rows, options);
    return rows;
  }

  /**
   * A page: up to `size` rows given to the caller (logged as read), and whether more follow (the row
   * after the page is fetched to know it, and is not given).
   */
  async readPage<K extends RecordKind>(kind: K, selection: PageSelection, size: number, options: ReadOptions = {}): Promise<{ nodes: RowOf[K][]; hasNextPage: boolean }> {
    // A foreign caller's page is first read under the grants last seen for its country, in the same
    // round trip as their fingerprint now: if the grants are not the ones in force (or the page is empty,
    // which would never show a new grant), its rows are dropped unused and it is read again below.
    const provisional = this.access.provisional();
    if (provisional) {
      const page = await this.pageUnder(kind, selection, size, this.rulesUnder(provisional.grants, kind), true);
      if (page.rows.length > 0 && page.fingerprint === provisional.fingerprint) {
        this.access.confirm(provisional);
        return this.givePage(kind, page.rule, page.rows, size, options);
      }
    }
    const page = await this.pageUnder(kind, selection, size, await this.rulesOf(kind), false);
    return this.givePage(kind, page.rule, page.rows, size, options);
  }

  /** The rule for `kind` and for systems (the scope's) under `grants`. */
  private rulesUnder(grants: readonly Grant[], kind: RecordKind): [ReadRule, ReadRule] {
    return [this.access.ruleUnder(kind, grants), this.access.ruleUnder("SYSTEM", grants)];
  }

  /** The rule for `kind` and for systems (the scope's) under the grants this request reads under. */
  private rulesOf(kind: RecordKind): Promise<[ReadRule, ReadRule]> {
    return Promise.all([this.access.rule(kind), this.access.rule("SYSTEM")]);
  }

  /**
   * One statement: up to `size` + 1 rows under `rules`, and, when `withFingerprint` (rules under grants
   * seen earlier), the fingerprint of the grants in force, read by the same statement (the same snapshot
   * as the rows).
   */
  private async pageUnder<K extends RecordKind>(
    kind: K,
    selection: PageSelection,
    size: number,
    [rule, systemRule]: [ReadRule, ReadRule],
    withFingerprint: boolean,
  ): Promise<{ rule: ReadRule; rows: RowOf[K][]; fingerprint: string | null }> {
    const scope = this.scopeOf(systemRule);
    const table = RECORD_TABLES[kind];
    const properties = selection.properties ? [...new Set([...selection.properties, ...table.factProperties])] : null;
    const rowsOf = entityRows(this.access.db, table.entity as new () => RowOf[K], table.alias, properties);
    const conditions = [readableCondition(rule, table.columns), ...selection.where(scope)];
    const params: Record<string, unknown> = { pageRows: size + 1 };
    for (const condition of conditions) Object.assign(params, condition.params);
    const fingerprint = withFingerprint ? grantsFingerprint(this.access.caller.country, this.access.now) : null;
    if (fingerprint) Object.assign(params, fingerprint.params);
    // The rule is one of the conditions, each parenthesised: a filter's OR cannot reach past it.
    const sql =
      `SELECT ${fingerprint ? `${fingerprint.sql} AS grants_fingerprint, ` : ""}${rowsOf.selectList} FROM ${table.table} ${table.alias} ` +
      `WHERE ${conditions.map((condition) => `(${condition.sql})`).join(" AND ")} ORDER BY ${selection.orderBy} LIMIT :pageRows`;
    const raw = await queryPrepared(this.access.db, positional(sql, params));
    const found = raw.length > 0 && fingerprint ? (raw[0]!.grants_fingerprint as string) : null;
    return { rule, rows: raw.map((row) => rowsOf.toEntity(row)), fingerprint: found };
  }

  /** The page's rows given to the caller, logged; the one past the page only says that more follow. */
  private async givePage<K extends RecordKind>(kind: K, rule: ReadRule, rows: RowOf[K][], size: number, options: ReadOptions): Promise<{ nodes: RowOf[K][]; hasNextPage: boolean }> {
    const nodes = rows.slice(0, size);
    await this.logReturned(kind, rule, nodes, options);
    return { nodes, hasNextPage: rows.length > size };
  }

  /** How many rows match: one COUNT entry when non-public rows were counted for a foreign caller. */
  async count<K extends RecordKind>(kind: K, narrow: Narrow<K> | null, options: ReadOptions = {}): Promise<number> {
    const { rule, query } = await this.query(kind, narrow);
    const counted = await query.getCount();
    await this.logCounted(kind, rule, counted, options.filterHash ?? null);
    return counted;
  }

  /**
   * Rows used to compute something that is returned instead of them (indicators, red-team flags): one
   * COUNT entry saying how many records the answer was computed over.
   */
  async consult<K extends RecordKind>(kind: K, narrow: Narrow<K> | null, options: ReadOptions = {}): Promise<RowOf[K][]> {
    const { rule, query } = await this.query(kind, narrow);
    const rows = await query.getMany();
    await this.logCounted(kind, rule, rows.length, options.filterHash ?? null);
    return rows;
  }

  /** An aggregate over the readable rows (`select` shapes it); `counted` says how many records it covers. */
  async aggregate<K extends RecordKind, R>(
    kind: K,
    narrow: Narrow<K> | null,
    select: (query: SelectQueryBuilder<RowOf[K]>) => Promise<R>,
    counted: (result: R) => number,
    options: ReadOptions = {},
  ): Promise<R> {
    const { rule, query } = await this.query(kind, narrow);
    const result = await select(query);
    await this.logCounted(kind, rule, counted(result), options.filterHash ?? null);
    return result;
  }

  private async logReturned<K extends RecordKind>(kind: K, rule: ReadRule, rows: readonly RowOf[K][], options: ReadOptions): Promise<void> {
    const filterHash = options.filterHash ?? null;
    const caller = this.access.caller;
    const owner = this.access.owner;
    const byGrant = new Map<string | null, string[]>();
    const earlier: Promise<void>[] = [];
    for (const row of rows) {
      const facts = (RECORD_TABLES[kind].facts as (r: RowOf[K]) => ReturnType<(typeof RECORD_TABLES)[K]["facts"]>)(row);
      if (!isLoggedRead(caller, owner, facts.classification)) continue;
      // Given twice in one request (a list and a link to it): logged once, and never given before it is.
      const previous = this.logged.get(`${kind}:${facts.id}`);
      if (previous) {
        earlier.push(previous);
        continue;
      }
      const { grantId } = admits(rule, { ...facts, kind });
      const ids = byGrant.get(grantId);
      if (ids) ids.push(facts.id);
      else byGrant.set(grantId, [facts.id]);
    }
    const drafts: EntryDraft[] = [...byGrant].map(([grantId, recordIds]) => ({
      entryKind: "READ", recordKind: kind, recordIds, grantId, grantIds: null, counted: null, filterHash,
    }));
    // A filter run over non-public records is logged even when it gave none of them.
    if (drafts.length === 0 && earlier.length === 0 && options.filtered && countsAreLogged(caller, owner, readableClassifications(rule))) {
      drafts.push({ entryKind: "READ", recordKind: kind, recordIds: [], grantId: null, grantIds: null, counted: null, filterHash });
    }
    const appended = this.log.append(drafts);
    for (const draft of drafts) for (const id of draft.recordIds ?? []) this.logged.set(`${kind}:${id}`, appended);
    await Promise.all([appended, ...earlier]);
  }

  private async logCounted(kind: RecordKind, rule: ReadRule, counted: number, filterHash: string | null): Promise<void> {
    if (!countsAreLogged(this.access.caller, this.access.owner, readableClassifications(rule))) return;
    await this.log.append([
      { entryKind: "COUNT", recordKind: kind, recordIds: null, grantId: null, grantIds: rule.grants.map((g) => g.id), counted, filterHash },
    ]);
  }

  private async query<K extends RecordKind>(kind: K, narrow: Narrow<K> | null): Promise<{ rule: ReadRule; query: SelectQueryBuilder<RowOf[K]> }> {
    const { rule, scope } = await this.ruleAndScope(kind);
    const query = readableQuery(this.access.db, kind, rule);
    narrow?.(query, scope);
    return { rule, query };
  }

  private async ruleAndScope(kind: RecordKind): Promise<{ rule: ReadRule; scope: ReadScope }> {
    const [rule, systemRule] = await this.rulesOf(kind);
    return { rule, scope: this.scopeOf(systemRule) };
  }

  private scopeOf(systemRule: ReadRule): ReadScope {
    return { visibleSystem: (idExpression) => visibleSystemCondition(idExpression, systemRule, `visibleSystem${this.systemPrefix++}`) };
  }
}

/** Every classification a rule lets through, outright or by a grant. */
function readableClassifications(rule: ReadRule) {
  return [...new Set([...rule.open, ...rule.grants.flatMap((g) => classificationsUpTo(g.maxClassification))])];
}
