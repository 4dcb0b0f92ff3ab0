import type { DataSource, EntityMetadata, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";

/**
 * An entity's columns (all, or those of some properties) as an explicit select list, and its rows turned
 * into entities the way TypeORM's query builder does (the same instance, the same driver conversions:
 * enum arrays, dates), without building the query or running TypeORM's generic transformer on every read.
 * An entity read with some properties only has the others undefined.
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
    properties: readonly string[] | null = null,
  ) {
    this.metadata = db.getMetadata(entity);
    const columns = this.metadata.columns.filter((column) => !column.isVirtual);
    const unknown = (properties ?? []).filter((property) => !columns.some((column) => column.propertyName === property));
    if (unknown.length > 0) throw new Error(`${entity.name} has no column for ${unknown.join(", ")}`);
    this.columns = properties ? columns.filter((column) => properties.includes(column.propertyName)) : columns;
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

/** The EntityRows of `entity` under `alias` (with `properties` only, when given), built once per data source. */
export function entityRows<T extends ObjectLiteral>(db: DataSource, entity: new () => T, alias: string, properties: readonly string[] | null = null): EntityRows<T> {
  let ofDb = byDataSource.get(db);
  if (!ofDb) byDataSource.set(db, (ofDb = new Map()));
  const key = `${entity.name}:${alias}:${properties ? [...properties].sort().join(",") : "*"}`;
  let rows = ofDb.get(key);
  if (!rows) ofDb.set(key, (rows = new EntityRows(db, entity, alias, properties) as unknown as EntityRows<ObjectLiteral>));
  return rows as unknown as EntityRows<T>;
}
