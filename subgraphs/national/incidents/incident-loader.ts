import DataLoader from "dataloader";
import type { RecordReader } from "../access/record-reader.js";
import { readableByIds } from "../access/readable-by-ids.js";
import type { Incident } from "./incident.js";

/** Readable incidents by id for this caller: one query (and one access-log entry per grant) for the whole batch. */
export function incidentLoader(reader: RecordReader): DataLoader<string, Incident | null> {
  return new DataLoader((ids) =>
    readableByIds(ids, (wellFormed) => reader.read("INCIDENT", (query) => query.andWhere("incident.id IN (:...ids)", { ids: wellFormed }))),
  );
}
