import { Field, FieldResolver, ID, Int, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { RecordKindEnum } from "../grants/grant.js";
import type { ChainedFields, EntryKind } from "./chain.js";

export enum AccessLogEntryKind {
  READ = "READ",
  COUNT = "COUNT",
}
registerEnumType(AccessLogEntryKind, {
  name: "AccessLogEntryKind",
  description: "READ: records given to the caller (`recordIds`). COUNT: a number or fact computed over records, none given (`counted`).",
});

const bigint = { to: (v: number) => v, from: (v: string) => Number(v) };

/** One foreign read (or count) of this country's non-public records, as the owning country recorded it. */
@Entity({ name: "access_log" })
@ObjectType({ description: "A foreign read, or count, of this country's non-public records." })
export class AccessLogEntry implements ChainedFields {
  @PrimaryColumn({ type: "bigint", transformer: bigint })
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

  @Column({ name: "entry_kind", type: "varchar", length: 8 })
  @Field(() => AccessLogEntryKind)
  entryKind: EntryKind;

  @Column({ name: "record_kind", type: "enum", enum: RecordKindEnum, enumName: "record_kind" })
  @Field(() => RecordKindEnum)
  recordKind: RecordKindEnum;

  /** Set on entries written before reads were grouped (chain version 1); see `recordId` below. */
  @Column({ name: "record_id", type: "uuid", nullable: true })
  recordId: string | null;

  @Column({ name: "record_ids", type: "uuid", array: true, nullable: true })
  recordIds: string[] | null;

  @Column({ name: "grant_id", type: "uuid", nullable: true })
  @Field(() => ID, { nullable: true, description: "READ: the grant that opened the records, if one did." })
  grantId: string | null;

  @Column({ name: "grant_ids", type: "uuid", array: true, nullable: true })
  grantIds: string[] | null;

  @Column({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "COUNT: the number the caller was given (or the records a fact was computed over)." })
  counted: number | null;

  @Column({ name: "filter_hash", type: "char", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "SHA-256 of the list and filter that selected the records, when one did." })
  filterHash: string | null;

  @Column({ name: "operation_hash", type: "char", length: 64 })
  @Field({ description: "SHA-256 of the operation (query and variables) that read the records." })
  operationHash: string;

  @Column({ name: "chain_version", type: "smallint" })
  chainVersion: number;

  @Column({ name: "prev_hash", type: "char", length: 64 })
  prevHash: string;

  @Column({ type: "char", length: 64 })
  @Field({ description: "SHA-256 over the previous entry's hash and this entry." })
  hash: string;
}

/** The fields derived from an entry's columns, the same for entries of either chain version. */
@Resolver(() => AccessLogEntry)
export class AccessLogEntryResolver {
  @FieldResolver(() => [ID], { description: "READ: every record given to the caller by this read (empty for a COUNT)." })
  recordIds(@Root() entry: AccessLogEntry): string[] {
    return entry.recordIds ?? (entry.recordId ? [entry.recordId] : []);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The record read, when the entry is about exactly one; see `recordIds`." })
  recordId(@Root() entry: AccessLogEntry): string | null {
    const ids = entry.recordIds ?? (entry.recordId ? [entry.recordId] : []);
    return ids.length === 1 ? ids[0]! : null;
  }

  @FieldResolver(() => [ID], { description: "The grants involved: READ, the one that opened the records; COUNT, those in force for the caller." })
  grantIds(@Root() entry: AccessLogEntry): string[] {
    return entry.grantIds ?? (entry.grantId ? [entry.grantId] : []);
  }
}
