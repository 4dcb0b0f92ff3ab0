import type { DataSource } from "typeorm";
import type { Grant } from "../grants/grant.js";
import type { SqlCondition } from "./where-readable.js";

/** The grants in force for one grantee country as one statement read them, and their fingerprint. */
export interface GrantsSeen {
  grants: readonly Grant[];
  fingerprint: string;
}

/**
 * An SQL expression: the fingerprint of the grants in force for `grantee` at `now`, over every column of
 * every such grant, so that any change to one (a revocation, a new grant, one starting or ending) changes
 * it. A page read under grants seen earlier selects it too: the page stands only if it is theirs.
 */
export function grantsFingerprint(grantee: string, now: Date): SqlCondition {
  return {
    sql:
      "(SELECT md5(coalesce(string_agg(seen::text, ',' ORDER BY seen.id), '')) FROM access_grant seen " +
      "WHERE seen.grantee = :seenGrantee AND seen.revoked_at IS NULL AND seen.valid_from <= :seenNow AND seen.valid_until > :seenNow)",
    params: { seenGrantee: grantee, seenNow: now },
  };
}

const byDataSource = new WeakMap<DataSource, Map<string, GrantsSeen>>();

/**
 * The grants this process last read for each grantee country (one entry per country, replaced by every
 * read). Never trusted alone: a read that starts from them must find their fingerprint in force in the
 * same statement (RecordReader.readPage), else it is read again under grants read fresh.
 */
export function lastGrantsSeen(db: DataSource): Map<string, GrantsSeen> {
  let seen = byDataSource.get(db);
  if (!seen) byDataSource.set(db, (seen = new Map()));
  return seen;
}
