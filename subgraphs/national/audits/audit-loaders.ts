import DataLoader from "dataloader";
import { type DataSource, In, type SelectQueryBuilder } from "typeorm";
import { filterHash } from "../access/filter-hash.js";
import type { RecordReader } from "../access/record-reader.js";
import { readableByIds } from "../access/readable-by-ids.js";
import { type Audit, Finding } from "./audit.js";

export interface AuditLoaders {
  auditsById: DataLoader<string, Audit | null>;
  /** Readable audits of each system, oldest first, given to the caller (logged as read). */
  auditsBySystem: DataLoader<string, Audit[]>;
  /**
   * Readable audits of each system, consulted to compute a flag (red-teamed before a deployment) that
   * is returned instead of them: logged as a count over the audits, not as their read.
   */
  auditsConsultedBySystem: DataLoader<string, Audit[]>;
  findingsByAudit: DataLoader<string, Finding[]>;
}

const RED_TEAM_FLAGS = filterHash("Deployment.redTeamedBeforeDeployment", {});

export function auditLoaders(db: DataSource, reader: RecordReader): AuditLoaders {
  const ofSystems = (systemIds: readonly string[]) => (query: SelectQueryBuilder<Audit>) =>
    query.andWhere("audit.systemId IN (:...systemIds)", { systemIds: [...systemIds] }).orderBy("audit.startedAt", "ASC").addOrderBy("audit.id", "ASC");
  const grouped = (systemIds: readonly string[], rows: Audit[]) => systemIds.map((id) => rows.filter((row) => row.systemId === id));
  return {
    auditsById: new DataLoader((ids) =>
      readableByIds(ids, (wellFormed) => reader.read("AUDIT", (query) => query.andWhere("audit.id IN (:...ids)", { ids: wellFormed }))),
    ),
    auditsBySystem: new DataLoader(async (systemIds) => grouped(systemIds, await reader.read("AUDIT", ofSystems(systemIds)))),
    auditsConsultedBySystem: new DataLoader(async (systemIds) =>
      grouped(systemIds, await reader.consult("AUDIT", ofSystems(systemIds), { filterHash: RED_TEAM_FLAGS })),
    ),
    findingsByAudit: new DataLoader(async (auditIds) => {
      const rows = await db.getRepository(Finding).find({ where: { auditId: In([...auditIds]) }, order: { severity: "DESC", title: "ASC" } });
      return auditIds.map((id) => rows.filter((row) => row.auditId === id));
    }),
  };
}
