import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from "typeorm";
import type { RecordReader } from "../access/record-reader.js";
import { readableByIds } from "../access/readable-by-ids.js";
import { Deployment, Organisation, Release, type System, TrainingSource } from "./system-entities.js";

export interface SystemLoaders {
  /** Readable systems by id (one query and one access-log entry per grant, per batch); unreadable ones are null. */
  systemsById: DataLoader<string, System | null>;
  organisationsById: DataLoader<string, Organisation | null>;
  deploymentsBySystem: DataLoader<string, Deployment[]>;
  trainingSourcesBySystem: DataLoader<string, TrainingSource[]>;
  releasesBySystem: DataLoader<string, Release[]>;
}

/**
 * One query per relation per request, whatever the number of systems in the answer. Deployments,
 * provenance and organisations are parts of a system: they are reached only from a system the reader
 * gave (and logged).
 */
export function systemLoaders(db: DataSource, reader: RecordReader): SystemLoaders {
  return {
    systemsById: new DataLoader((ids) =>
      readableByIds(ids, (wellFormed) => reader.read("SYSTEM", (query) => query.andWhere("system.id IN (:...ids)", { ids: wellFormed }))),
    ),
    organisationsById: new DataLoader(async (ids) => {
      const rows = await db.getRepository(Organisation).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    deploymentsBySystem: bySystem(db, Deployment, { deployedAt: "ASC" }),
    trainingSourcesBySystem: bySystem(db, TrainingSource, { name: "ASC" }),
    releasesBySystem: bySystem(db, Release, { releasedAt: "ASC" }),
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
