import DataLoader from "dataloader";
import { In } from "typeorm";
import { logForeignReads } from "../access/log-foreign-reads.js";
import type { NationalContext } from "../context.js";
import { readableByIds } from "../access/readable-by-ids.js";
import { type Audit, Finding } from "./audit.js";
import { readableAudits } from "./audit-query.js";

export interface AuditLoaders {
  auditsById: DataLoader<string, Audit | null>;
  /** Readable audits of each system, oldest first. */
  auditsBySystem: DataLoader<string, Audit[]>;
  findingsByAudit: DataLoader<string, Finding[]>;
}

export function auditLoaders(ctx: Pick<NationalContext, "db" | "caller" | "access" | "operationHash">): AuditLoaders {
  const read = async (where: string, params: Record<string, unknown>) => {
    const rule = await ctx.access.rule("AUDIT");
    const rows = await readableAudits(ctx.db, rule).andWhere(where, params).orderBy("audit.startedAt", "ASC").getMany();
    await logForeignReads(ctx, "AUDIT", rule, rows.map((row) => ({ id: row.id, classification: row.classification, systemId: row.systemId })));
    return rows;
  };
  return {
    auditsById: new DataLoader((ids) => readableByIds(ids, (wellFormed) => read("audit.id IN (:...ids)", { ids: wellFormed }))),
    auditsBySystem: new DataLoader(async (systemIds) => {
      const rows = await read("audit.systemId IN (:...systemIds)", { systemIds: [...systemIds] });
      return systemIds.map((id) => rows.filter((row) => row.systemId === id));
    }),
    findingsByAudit: new DataLoader(async (auditIds) => {
      const rows = await ctx.db.getRepository(Finding).find({ where: { auditId: In([...auditIds]) }, order: { severity: "DESC", title: "ASC" } });
      return auditIds.map((id) => rows.filter((row) => row.auditId === id));
    }),
  };
}
