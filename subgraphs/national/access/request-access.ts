import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import { type ReadRule, readRule } from "../../../shared/policy/visibility.js";
import { Grant } from "../grants/grant.js";
import { entityRows } from "./entity-rows.js";
import { positional } from "./positional-sql.js";
import { queryPrepared } from "./prepared-statements.js";

/**
 * The caller's read rules for this request. Grants are read fresh for every request (never cached),
 * so that a revocation or an expiry takes effect on the very next one.
 */
export class RequestAccess {
  private grants?: Promise<Grant[]>;

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
    return readRule(this.caller, this.owner, kind, this.foreign ? await this.grantsToCaller() : [], this.now);
  }

  private grantsToCaller(): Promise<Grant[]> {
    this.grants ??= this.readGrants();
    return this.grants;
  }

  /** The caller's country's grants in force now, oldest first: one prepared statement. */
  private async readGrants(): Promise<Grant[]> {
    const grants = entityRows(this.db, Grant, "g");
    const sql = positional(
      `SELECT ${grants.selectList} FROM access_grant g ` +
        "WHERE g.grantee = :grantee AND g.revoked_at IS NULL AND g.valid_from <= :now AND g.valid_until > :now ORDER BY g.issued_at ASC",
      { grantee: this.caller.country, now: this.now },
    );
    return (await queryPrepared(this.db, sql)).map((row) => grants.toEntity(row));
  }
}
