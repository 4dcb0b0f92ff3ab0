import { createUnionType, Directive, Field, ID, ObjectType } from "type-graphql";
import { IncidentStub } from "./incident-reference.js";

/** The national subgraph's audit, as the board knows it: only its key. */
@ObjectType("Audit")
@Directive('@key(fields: "country id", resolvable: false)')
export class AuditStub {
  @Field()
  country: string;

  @Field(() => ID)
  id: string;
}

/** The national subgraph's AI system, as the board knows it: only its key. */
@ObjectType("System")
@Directive('@key(fields: "country id", resolvable: false)')
export class SystemStub {
  @Field()
  country: string;

  @Field(() => ID)
  id: string;
}

export type RecordStub = IncidentStub | AuditStub | SystemStub;

/**
 * A national record the board points at. The board answers with the key only; the gateway fetches every
 * other field from the owning country, which applies the reader's rules and answers null for a record
 * the reader may not see (so the record comes back null as soon as a field beyond its key is asked).
 */
export const EvidenceRecord = createUnionType({
  name: "EvidenceRecord",
  description: "The incident, audit or AI system cited, as its owning country lets the reader see it.",
  types: () => [IncidentStub, AuditStub, SystemStub] as const,
  resolveType: (value) => (value instanceof AuditStub ? "Audit" : value instanceof SystemStub ? "System" : "Incident"),
});
