import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import { narrowBy, type ReadScope, type RecordReader } from "../access/record-reader.js";
import type { RowOf } from "../access/record-tables.js";
import type { SqlCondition } from "../access/where-readable.js";
import type { PageInfo } from "./page-info.js";

export interface PageSpec<K extends RecordKind> {
  kind: K;
  /** The list's filters (column names under the kind's alias); the reader adds the caller's rule. */
  where: (scope: ReadScope) => SqlCondition[];
  /** ORDER BY of the list, ending with a unique column. */
  orderBy: string;
  /** The position after the cursor, when there is one: a page's condition, not the count's. */
  after: SqlCondition | null;
  /** The properties read of each row: what the query asks of the nodes and what `cursorOf` reads; null: all. */
  properties: readonly string[] | null;
  first: number;
  /** The list and its arguments (see access/filter-hash.ts), logged with what it gave or counted. */
  filterHash: string;
  /** The caller narrowed the list by content: a page giving no non-public record is logged all the same. */
  filtered: boolean;
  cursorOf: (row: RowOf[K]) => string;
}

/**
 * One page of a list, fetched only for the fields asked: `nodes` and `pageInfo` fetch the page (and log
 * the records given), `totalCount` counts (and logs the count). A query asking only `totalCount` therefore
 * reads no page and logs no record, only what it counted.
 */
export class LazyPage<K extends RecordKind> {
  private page?: Promise<{ nodes: RowOf[K][]; hasNextPage: boolean }>;
  private total?: Promise<number>;

  constructor(
    private readonly reader: RecordReader,
    private readonly spec: PageSpec<K>,
  ) {}

  async nodes(): Promise<RowOf[K][]> {
    return (await this.fetchPage()).nodes;
  }

  totalCount(): Promise<number> {
    this.total ??= this.reader.count(this.spec.kind, narrowBy(this.spec.where), { filterHash: this.spec.filterHash });
    return this.total;
  }

  async pageInfo(): Promise<PageInfo> {
    if (this.spec.first === 0) return { endCursor: null, hasNextPage: (await this.totalCount()) > 0 };
    const { nodes, hasNextPage } = await this.fetchPage();
    const last = nodes.at(-1);
    return { endCursor: last ? this.spec.cursorOf(last) : null, hasNextPage };
  }

  private fetchPage(): Promise<{ nodes: RowOf[K][]; hasNextPage: boolean }> {
    const { first, kind, filterHash, filtered, where, orderBy, after, properties } = this.spec;
    this.page ??=
      first === 0
        ? Promise.resolve({ nodes: [], hasNextPage: false })
        : this.reader.readPage(kind, { where: (scope) => (after ? [...where(scope), after] : where(scope)), orderBy, properties }, first, { filterHash, filtered });
    return this.page;
  }
}
