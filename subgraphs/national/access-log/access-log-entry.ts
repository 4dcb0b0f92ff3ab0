import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { RecordKindEnum } from "../grants/grant.js";
import type { ChainedFields } from "./chain.js";

/** One foreign read of a non-public record, as the owning country recorded it. */
@Entity({ name: "access_log" })
@ObjectType({ description: "A foreign read of one of this country's non-public records." })
export class AccessLogEntry implements ChainedFields {
  @PrimaryColumn({ type: "bigint", transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  @Field(() => ID, { description: "Position in the log, from 1." })
  seq: number;

  @Column({ type: "timestamptz", precision: 3 })
  @Field(() => Date)
  at: Date;

  @Column({ name: "caller_country", type: "varchar", length: 8 })
  @Field()
  callerCountry: string;

  @Column({ name: "caller_subject", type: "text" })
  @Field()
  callerSubject: string;

  @Column({ name: "caller_role", type: "text" })
  @Field({ description: "The caller's roles, space-separated." })
  callerRole: string;

  @Column({ name: "record_kind", type: "enum", enum: RecordKindEnum, enumName: "record_kind" })
  @Field(() => RecordKindEnum)
  recordKind: RecordKindEnum;

  @Column({ name: "record_id", type: "uuid" })
  @Field(() => ID)
  recordId: string;

  @Column({ name: "grant_id", type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "The grant that opened the record, if one did." })
  grantId: string | null;

  @Column({ name: "operation_hash", type: "char", length: 64 })
  @Field({ description: "SHA-256 of the operation (query and variables) that read the record." })
  operationHash: string;

  @Column({ name: "prev_hash", type: "char", length: 64 })
  prevHash: string;

  @Column({ type: "char", length: 64 })
  @Field({ description: "SHA-256 over the previous entry's hash and this entry." })
  hash: string;
}
