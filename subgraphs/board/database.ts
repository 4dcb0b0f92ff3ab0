import type { DataSource } from "typeorm";
import { boardMigrations } from "../../migrations/board/index.js";
import { createDataSource } from "../../shared/db/data-source.js";
import { Country } from "./countries/country.js";

export function createBoardDataSource(url: string): DataSource {
  return createDataSource({ url, entities: [Country], migrations: boardMigrations, applicationName: "hub-board" });
}
