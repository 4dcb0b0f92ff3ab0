import type { SelectQueryBuilder } from "typeorm";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import type { Narrow, RecordReader } from "../access/record-reader.js";
import type { RowOf } from "../access/record-tables.js";
import type { PageInfo } from "./page-info.js";

export interface PageSpec<K extends RecordKind> {
  kind: K;
  /** The list's filters; the reader adds the caller's rule. */
  narrow: Narrow<K>;
  /** Order, and the position after the cursor when there is one. */
  position: (query: SelectQueryBuilder<RowOf[K]>) => void;
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
    this.total ??= this.reader.count(this.spec.kind, this.spec.narrow, { filterHash: this.spec.filterHash });
    return this.total;
  }

  async pageInfo(): Promise<PageInfo> {
    if (this.spec.first === 0) return { endCursor: null, hasNextPage: (await this.totalCount()) > 0 };
    const { nodes, hasNextPage } = await this.fetchPage();
    const last = nodes.at(-1);
    return { endCursor: last ? this.spec.cursorOf(last) : null, hasNextPage };
  }

  private fetchPage(): Promise<{ nodes: RowOf[K][]; hasNextPage: boolean }> {
    const { first, kind, filterHash, filtered } = this.spec;
    this.page ??=
      first === 0
        ? Promise.resolve({ nodes: [], hasNextPage: false })
        : this.reader.readPage(
            kind,
            (query, scope) => {
              this.spec.narrow(query, scope);
              this.spec.position(query);
            },
            first,
            { filterHash, filtered },
          );
    return this.page;
  }
}
