import "reflect-metadata";
import { DataSource, type MigrationInterface } from "typeorm";

export interface DataSourceOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
  /** Shows up in pg_stat_activity, so an operator can tell the services apart. */
  applicationName: string;
  poolSize?: number;
  /** PostgreSQL `statement_timeout` of every session; unset for migrations, which may run long. */
  statementTimeoutMs?: number;
}

/** Connections per service's pool unless it says otherwise (a national subgraph does not). */
export const DEFAULT_POOL_SIZE = 10;

/** Schema changes only ever come from migrations: `synchronize` stays off everywhere. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? DEFAULT_POOL_SIZE, ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) },
  });
}
