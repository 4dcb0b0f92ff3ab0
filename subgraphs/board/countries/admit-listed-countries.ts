import type { DataSource } from "typeorm";
import type { HubConfig } from "../../../shared/config/hub-config.js";
import type { Logger } from "../../../shared/logging/logger.js";
import { Country } from "./country.js";

/**
 * Adds to the directory every country the hub config lists with a name and is not there yet. Existing
 * entries are never changed from configuration: the directory is the board's record of who joined when.
 */
export async function admitListedCountries(db: DataSource, config: HubConfig, logger: Logger): Promise<void> {
  const listed = config.countries.filter((c) => c.name);
  if (listed.length === 0) return;
  try {
    await db
      .createQueryBuilder()
      .insert()
      .into(Country)
      .values(listed.map((c) => ({ code: c.code, name: c.name!, joinedAt: c.joinedAt ? new Date(c.joinedAt) : new Date() })))
      .orIgnore()
      .execute();
  } catch (error) {
    logger.error("could not admit listed countries to the directory", { error: (error as Error).message });
  }
}
