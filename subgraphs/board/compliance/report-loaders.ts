import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { AttestedIndicators } from "../attestation/attested-indicators.js";
import { ComplianceAssessment, ComplianceEvidence } from "./compliance-assessment.js";
import { ComplianceStatusChange } from "./compliance-status-change.js";

export interface ReportLoaders {
  /** A report's assessments in submission order, each with its evidence in submission order. */
  assessments: DataLoader<string, ComplianceAssessment[]>;
  /** A report's history, oldest first. */
  history: DataLoader<string, ComplianceStatusChange[]>;
  /** The figures attested with a report version; null for versions filed before the board asked for them. */
  attested: DataLoader<string, AttestedIndicators | null>;
}

/** Two queries per request for the assessments of any number of reports, one for their histories, one for their figures. */
export function reportLoaders(db: DataSource): ReportLoaders {
  return {
    assessments: new DataLoader(async (ids) => {
      const [assessments, evidence] = await Promise.all([
        db.getRepository(ComplianceAssessment).find({ where: { reportId: In([...ids]) }, order: { reportId: "ASC", position: "ASC" } }),
        db.getRepository(ComplianceEvidence).find({ where: { reportId: In([...ids]) }, order: { reportId: "ASC", position: "ASC" } }),
      ]);
      const evidenceOf = groupBy(evidence, (piece) => `${piece.reportId}/${piece.itemCode}`);
      for (const assessment of assessments) assessment.evidence = evidenceOf.get(`${assessment.reportId}/${assessment.itemCode}`) ?? [];
      const byReport = groupBy(assessments, (assessment) => assessment.reportId);
      return ids.map((id) => byReport.get(id) ?? []);
    }),
    history: new DataLoader(async (ids) => {
      const entries = await db
        .getRepository(ComplianceStatusChange)
        .find({ where: { reportId: In([...ids]) }, order: { reportId: "ASC", seq: "ASC" } });
      const byReport = groupBy(entries, (entry) => entry.reportId);
      return ids.map((id) => byReport.get(id) ?? []);
    }),
    attested: new DataLoader(async (ids) => {
      const rows = await db.getRepository(AttestedIndicators).findBy({ reportId: In([...ids]) });
      const byReport = new Map(rows.map((row) => [row.reportId, row]));
      return ids.map((id) => byReport.get(id) ?? null);
    }),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
