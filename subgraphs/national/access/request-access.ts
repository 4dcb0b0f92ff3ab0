import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import type { RecordKind } from "../../../shared/policy/grant-terms.js";
import { type ReadRule, readRule } from "../../../shared/policy/visibility.js";
import { Grant } from "../grants/grant.js";

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
    this.grants ??= this.db
      .getRepository(Grant)
      .createQueryBuilder("g")
      .where("g.grantee = :grantee AND g.revokedAt IS NULL AND g.validFrom <= :now AND g.validUntil > :now", {
        grantee: this.caller.country,
        now: this.now,
      })
      .orderBy("g.issuedAt", "ASC")
      .getMany();
    return this.grants;
  }
}
