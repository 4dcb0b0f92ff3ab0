import type { DataSource, EntityMetadata, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";

/**
 * An entity's columns as an explicit select list, and its rows turned into entities the way TypeORM's
 * query builder does (the same instance, the same driver conversions: enum arrays, dates), without
 * building the query or running TypeORM's generic transformer on every read.
 */
export class EntityRows<T extends ObjectLiteral> {
  /** `alias.column AS "column"`, for every column of the entity. */
  readonly selectList: string;
  private readonly metadata: EntityMetadata;
  private readonly columns: readonly ColumnMetadata[];

  constructor(
    private readonly db: DataSource,
    entity: new () => T,
    alias: string,
  ) {
    this.metadata = db.getMetadata(entity);
    this.columns = this.metadata.columns.filter((column) => !column.isVirtual);
    this.selectList = this.columns.map((column) => `${alias}.${column.databaseName} AS "${column.databaseName}"`).join(", ");
  }

  toEntity(row: Record<string, unknown>): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.db.driver;
    for (const column of this.columns) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    return entity;
  }
}

const byDataSource = new WeakMap<DataSource, Map<string, EntityRows<ObjectLiteral>>>();

/** The EntityRows of `entity` under `alias`, built once per data source. */
export function entityRows<T extends ObjectLiteral>(db: DataSource, entity: new () => T, alias: string): EntityRows<T> {
  let ofDb = byDataSource.get(db);
  if (!ofDb) byDataSource.set(db, (ofDb = new Map()));
  const key = `${entity.name}:${alias}`;
  let rows = ofDb.get(key);
  if (!rows) ofDb.set(key, (rows = new EntityRows(db, entity, alias) as unknown as EntityRows<ObjectLiteral>));
  return rows as unknown as EntityRows<T>;
}
