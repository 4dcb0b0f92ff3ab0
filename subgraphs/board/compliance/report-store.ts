import type { EntityManager } from "typeorm";
import type { MilestoneCode } from "../../../shared/compliance/milestones.js";
import { MILESTONE_CODES } from "../../../shared/compliance/milestones.js";
import { ComplianceReport } from "./compliance-report.js";
import type { ReportStatus } from "./enums.js";

/**
 * Reads of reports with their current status, which is the latest entry of their append-only history
 * (`seq` orders entries; timestamps alone could tie).
 */
const SELECT_REPORTS = `
  SELECT r.id, r.country, r.milestone, r.version, r.baseline_version, r.submitted_at, r.submitted_by, h.status
  FROM compliance_report r
  CROSS JOIN LATERAL (
    SELECT status FROM compliance_report_history WHERE report_id = r.id ORDER BY seq DESC LIMIT 1
  ) h`;

interface ReportRow {
  id: string;
  country: string;
  milestone: MilestoneCode;
  version: number;
  baseline_version: string;
  submitted_at: Date;
  submitted_by: string;
  status: ReportStatus;
}

function toReport(row: ReportRow): ComplianceReport {
  return Object.assign(new ComplianceReport(), {
    id: row.id,
    country: row.country,
    milestone: row.milestone,
    version: row.version,
    baselineVersion: row.baseline_version,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    status: row.status,
  });
}

type Queryable = Pick<EntityManager, "query">;

export async function findReport(db: Queryable, id: string): Promise<ComplianceReport | null> {
  const rows: ReportRow[] = await db.query(`${SELECT_REPORTS} WHERE r.id = $1`, [id]);
  return rows[0] ? toReport(rows[0]) : null;
}

/** Every version, by country, then milestone in the order they fall due, newest version first. */
export async function listReports(db: Queryable, filter: { country?: string; milestone?: MilestoneCode }): Promise<ComplianceReport[]> {
  const rows: ReportRow[] = await db.query(
    `${SELECT_REPORTS}
     WHERE ($1::text IS NULL OR r.country = $1) AND ($2::text IS NULL OR r.milestone = $2)
     ORDER BY r.country, array_position($3::text[], r.milestone), r.version DESC`,
    [filter.country ?? null, filter.milestone ?? null, MILESTONE_CODES],
  );
  return rows.map(toReport);
}

/** Each country's latest version for a milestone: what the matrix shows. */
export async function latestReports(db: Queryable, milestone: MilestoneCode): Promise<ComplianceReport[]> {
  const rows: ReportRow[] = await db.query(
    `SELECT DISTINCT ON (r.country) * FROM (${SELECT_REPORTS} WHERE r.milestone = $1) r ORDER BY r.country, r.version DESC`,
    [milestone],
  );
  return rows.map(toReport);
}

/** A report waiting in the board's review queue: the latest version of its country and milestone. */
export interface QueuedReport {
  report: ComplianceReport;
  /** When it entered its current status. */
  since: Date;
  /** The version before it, when there is one. */
  previousId: string | null;
}

/**
 * The latest version of every country's report (for one milestone, or all) whose current status is
 * `status`, the one waiting longest first. Superseded versions are not in the queue: only the latest
 * version can be reviewed.
 */
export async function queuedReports(db: Queryable, filter: { milestone?: MilestoneCode; status: ReportStatus }): Promise<QueuedReport[]> {
  const rows: (ReportRow & { since: Date; previous_id: string | null })[] = await db.query(
    `SELECT * FROM (
       SELECT DISTINCT ON (r.country, r.milestone) r.id, r.country, r.milestone, r.version, r.baseline_version, r.submitted_at,
              r.submitted_by, h.status, h.at AS since,
              (SELECT p.id FROM compliance_report p WHERE p.country = r.country AND p.milestone = r.milestone AND p.version = r.version - 1) AS previous_id
       FROM compliance_report r
       CROSS JOIN LATERAL (SELECT status, at FROM compliance_report_history WHERE report_id = r.id ORDER BY seq DESC LIMIT 1) h
       WHERE ($1::text IS NULL OR r.milestone = $1)
       ORDER BY r.country, r.milestone, r.version DESC
     ) latest
     WHERE status = $2
     ORDER BY since, submitted_at, id`,
    [filter.milestone ?? null, filter.status],
  );
  return rows.map((row) => ({ report: toReport(row), since: row.since, previousId: row.previous_id }));
}

export async function latestVersion(db: Queryable, country: string, milestone: MilestoneCode): Promise<number> {
  const [row] = await db.query(`SELECT coalesce(max(version), 0) AS version FROM compliance_report WHERE country = $1 AND milestone = $2`, [
    country,
    milestone,
  ]);
  return Number(row.version);
}

/** Appends one entry to a report's history; the table takes INSERT only. */
export async function appendStatus(
  db: Queryable,
  entry: { reportId: string; status: ReportStatus; at: Date; by: string; comment: string | null },
): Promise<void> {
  await db.query(`INSERT INTO compliance_report_history (report_id, status, at, changed_by, comment) VALUES ($1, $2, $3, $4, $5)`, [
    entry.reportId,
    entry.status,
    entry.at,
    entry.by,
    entry.comment,
  ]);
}

/**
 * Serialises writes for one country (its submissions, and reviews of its reports) on its directory
 * row, so that versions never collide and a review sees whether a newer version exists. False when the
 * country is not in the directory.
 */
export async function lockCountry(db: Queryable, country: string): Promise<boolean> {
  const rows = await db.query(`SELECT code FROM country WHERE code = $1 FOR UPDATE`, [country]);
  return rows.length > 0;
}
