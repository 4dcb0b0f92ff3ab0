import type { DataSource } from "typeorm";
import { Country } from "../../../subgraphs/board/countries/country.js";
import { Incident } from "../../../subgraphs/national/incidents/incident.js";
import { demoIncidentsFor } from "./demo-incidents.js";
import { AGREEMENT_DATE, type DemoParticipant } from "./demo-participants.js";

/** Adds missing participants to the board's directory; existing entries are left as they are. */
export async function seedDirectory(boardDb: DataSource, participants: readonly DemoParticipant[]): Promise<void> {
  await boardDb
    .createQueryBuilder()
    .insert()
    .into(Country)
    .values(participants.map((p) => ({ code: p.code, name: p.name, joinedAt: new Date(p.joinedAt) })))
    .orIgnore()
    .execute();
}

/** Fills an empty national register with demo incidents; a register that holds anything is not touched. */
export async function seedDemoIncidents(db: DataSource, country: string, now = new Date()): Promise<number> {
  const repository = db.getRepository(Incident);
  if ((await repository.count()) > 0) return 0;
  const incidents = demoIncidentsFor(country, new Date(AGREEMENT_DATE), now).map((demo) =>
    Object.assign(new Incident(), { ...demo, country, reportedBy: "demo-seed", demo: true }),
  );
  await repository.insert(incidents);
  return incidents.length;
}
