import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { ComplianceAssessment, ComplianceEvidence } from "./compliance-assessment.js";
import { ComplianceStatusChange } from "./compliance-status-change.js";

export interface ReportLoaders {
  /** A report's assessments in submission order, each with its evidence in submission order. */
  assessments: DataLoader<string, ComplianceAssessment[]>;
  /** A report's history, oldest first. */
  history: DataLoader<string, ComplianceStatusChange[]>;
}

/** Two queries per request for the assessments of any number of reports, one for their histories. */
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
