import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { Country } from "./country.js";

/** One query per request for every country the planner asks the board to resolve. */
export function countryLoader(db: DataSource): DataLoader<string, Country | null> {
  return new DataLoader(async (codes) => {
    const rows = await db.getRepository(Country).findBy({ code: In([...codes]) });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
}
