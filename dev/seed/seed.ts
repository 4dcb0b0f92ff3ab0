import type { DataSource } from "typeorm";
import { Country } from "../../subgraphs/board/countries/country.js";
import { Incident } from "../../subgraphs/national/incidents/incident.js";
import { Audit, Finding } from "../../subgraphs/national/audits/audit.js";
import { Deployment, Organisation, Release, System, TrainingSource } from "../../subgraphs/national/systems/system-entities.js";
import { demoIncidentsFor } from "./demo-incidents.js";
import { demoSystemsFor } from "./demo-systems.js";
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

/**
 * Fills an empty national register with demo systems and incidents, in one transaction; a register that
 * holds anything is not touched. Incidents in high-risk deployments point at high-risk systems.
 */
export async function seedDemoRegister(db: DataSource, country: string, now = new Date(), incidentCount?: number): Promise<number> {
  if ((await db.getRepository(Incident).count()) > 0) return 0;
  const register = demoSystemsFor(country, new Date(AGREEMENT_DATE), peerOf(country));
  const incidents = demoIncidentsFor(country, new Date(AGREEMENT_DATE), now, incidentCount).map((demo, i) => {
    const candidates = register.systems.filter((s) => (s.riskTier === "HIGH_RISK") === demo.highRisk);
    const system = candidates[i % candidates.length]!;
    return Object.assign(new Incident(), { ...demo, country, systemId: system.id, reportedBy: "demo-seed", demo: true });
  });
  await db.transaction(async (manager) => {
    await manager.getRepository(Organisation).insert(register.organisations);
    await manager.getRepository(System).insert(register.systems);
    await manager.getRepository(Deployment).insert(register.deployments);
    if (register.trainingSources.length) await manager.getRepository(TrainingSource).insert(register.trainingSources);
    if (register.releases.length) await manager.getRepository(Release).insert(register.releases);
    await manager.getRepository(Audit).insert(register.audits);
    if (register.findings.length) await manager.getRepository(Finding).insert(register.findings);
    await manager.getRepository(Incident).insert(incidents);
  });
  return incidents.length;
}

/** The country whose auditors take part in this country's demo cross-border pilot audit. */
function peerOf(country: string): string {
  return country === "US" ? "JP" : "US";
}
