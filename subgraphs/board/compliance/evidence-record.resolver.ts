import { FieldResolver, Resolver, Root } from "type-graphql";
import { AuditStub, EvidenceRecord, type RecordStub, SystemStub } from "../references/record-stubs.js";
import { IncidentStub } from "../references/incident-reference.js";
import { ComplianceEvidence } from "./compliance-assessment.js";
import { EvidenceKind } from "./enums.js";

const STUB = { [EvidenceKind.INCIDENT]: IncidentStub, [EvidenceKind.AUDIT]: AuditStub, [EvidenceKind.SYSTEM]: SystemStub };

@Resolver(() => ComplianceEvidence)
export class EvidenceRecordResolver {
  /**
   * The board never holds the record: it hands the gateway the key, and the owner answers under the
   * reader's rules. An analyst thus sees a PUBLIC or SHARED citation in full, and null for a RESTRICTED
   * one, beside `vouchedAt`, the owner's word at submission that the record exists.
   */
  @FieldResolver(() => EvidenceRecord, {
    nullable: true,
    description:
      "The record, fetched from its owning country under your rules; null when you may not see it (see vouchedAt). Ask for " +
      "at least one field beyond `country` and `id`: those the board answers itself, without asking the owner.",
  })
  record(@Root() evidence: ComplianceEvidence): RecordStub {
    return Object.assign(new STUB[evidence.kind](), { country: evidence.country, id: evidence.recordId });
  }
}
