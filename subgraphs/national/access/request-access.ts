import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import { type ReadRule, readRule } from "../../../shared/policy/visibility.js";
import { Grant } from "../grants/grant.js";
import { entityRows } from "./entity-rows.js";
import { grantsFingerprint, type GrantsSeen, lastGrantsSeen } from "./grants-seen.js";
import { positional } from "./positional-sql.js";
import { queryPrepared } from "./prepared-statements.js";

/**
 * The caller's read rules for this request. Grants are read fresh for every request, so that a
 * revocation or an expiry takes effect on the very next one; or, for a page, confirmed in force by the
 * statement that reads it (see `provisional`).
 */
export class RequestAccess {
  private grants?: Promise<readonly Grant[]>;

  constructor(
    readonly db: DataSource,
    readonly caller: Caller,
    readonly owner: string,
    readonly now: Date,
  ) {}

  get foreign(): boolean {
    return this.caller.country !== this.owner;
  }

  async rule(kind: RecordKind): Promise<ReadRule> {
    return this.ruleUnder(kind, this.foreign ? await this.grantsToCaller() : []);
  }

  /** The rule the caller would have if `grants` were the grants to its country in force. */
  ruleUnder(kind: RecordKind, grants: readonly Grant[]): ReadRule {
    return readRule(this.caller, this.owner, kind, grants, this.now);
  }

  /**
   * For a foreign caller whose grants this request has not read yet: the grants this process last read
   * for its country, to read a page under without reading them first. The page's statement must then
   * find their fingerprint still in force (`grantsFingerprint`) before any of its rows is used.
   */
  provisional(): GrantsSeen | undefined {
    if (!this.foreign || this.grants) return undefined;
    return lastGrantsSeen(this.db).get(this.caller.country);
  }

  /** A read found `seen` in force: the rest of the request reads under them, as if it had read them. */
  confirm(seen: GrantsSeen): void {
    this.grants ??= Promise.resolve(seen.grants);
  }

  private grantsToCaller(): Promise<readonly Grant[]> {
    this.grants ??= this.readGrants();
    return this.grants;
  }

  /**
   * The caller's country's grants in force now, oldest first, and their fingerprint: one prepared
   * statement (a row of nulls besides the fingerprint when there are none).
   */
  private async readGrants(): Promise<readonly Grant[]> {
    const grants = entityRows(this.db, Grant, "g");
    const fingerprint = grantsFingerprint(this.caller.country, this.now);
    const sql = positional(
      `SELECT ${fingerprint.sql} AS grants_fingerprint, ${grants.selectList} FROM (SELECT 1) AS one LEFT JOIN access_grant g ` +
        "ON g.grantee = :grantee AND g.revoked_at IS NULL AND g.valid_from <= :now AND g.valid_until > :now ORDER BY g.issued_at ASC",
      { grantee: this.caller.country, now: this.now, ...fingerprint.params },
    );
    const rows = await queryPrepared(this.db, sql);
    const read = rows.filter((row) => row.id !== null).map((row) => grants.toEntity(row));
    lastGrantsSeen(this.db).set(this.caller.country, { grants: read, fingerprint: rows[0]!.grants_fingerprint as string });
    return read;
  }
}
