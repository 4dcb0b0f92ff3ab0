import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from "typeorm";
import { logForeignReads } from "../access/log-foreign-reads.js";
import type { NationalContext } from "../context.js";
import { readableByIds } from "../access/readable-by-ids.js";
import { Deployment, Organisation, Release, System, TrainingSource } from "./system-entities.js";
import { readableSystems } from "./system-query.js";

export interface SystemLoaders {
  /** Readable systems by id (one query and one access-log append per batch); unreadable ones are null. */
  systemsById: DataLoader<string, System | null>;
  organisationsById: DataLoader<string, Organisation | null>;
  deploymentsBySystem: DataLoader<string, Deployment[]>;
  trainingSourcesBySystem: DataLoader<string, TrainingSource[]>;
  releasesBySystem: DataLoader<string, Release[]>;
}

/** One query per relation per request, whatever the number of systems in the answer. */
export function systemLoaders(ctx: Pick<NationalContext, "db" | "caller" | "access" | "operationHash">): SystemLoaders {
  return {
    systemsById: new DataLoader((ids) =>
      readableByIds(ids, async (wellFormed) => {
        const rule = await ctx.access.rule("SYSTEM");
        const rows = await readableSystems(ctx.db, rule).andWhere("system.id IN (:...ids)", { ids: wellFormed }).getMany();
        await logForeignReads(ctx, "SYSTEM", rule, rows.map((row) => ({ id: row.id, classification: row.classification, systemId: row.id })));
        return rows;
      }),
    ),
    organisationsById: new DataLoader(async (ids) => {
      const rows = await ctx.db.getRepository(Organisation).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    deploymentsBySystem: bySystem(ctx.db, Deployment, { deployedAt: "ASC" }),
    trainingSourcesBySystem: bySystem(ctx.db, TrainingSource, { name: "ASC" }),
    releasesBySystem: bySystem(ctx.db, Release, { releasedAt: "ASC" }),
  };
}

function bySystem<T extends ObjectLiteral & { systemId: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  order: Record<string, "ASC" | "DESC">,
): DataLoader<string, T[]> {
  return new DataLoader(async (systemIds) => {
    // TypeORM cannot type find options over a generic entity; `systemId` is guaranteed by T's bound.
    const rows = await db.getRepository(entity).find({ where: { systemId: In([...systemIds]) } as never, order: order as never });
    const grouped = new Map<string, T[]>();
    for (const row of rows) grouped.set(row.systemId, [...(grouped.get(row.systemId) ?? []), row]);
    return systemIds.map((id) => grouped.get(id) ?? []);
  });
}
