import { Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";

/** The national subgraph's incident, as the board knows it: only its key. */
@ObjectType("Incident")
@Directive('@key(fields: "country id", resolvable: false)')
export class IncidentStub {
  @Field()
  country: string;

  @Field(() => ID)
  id: string;
}

/**
 * A national record's link to another country's incident. The board resolves it to an `Incident`
 * reference, so that the gateway sends a fresh entity fetch to the owning country: the record crosses a
 * subgraph boundary instead of one country answering for another's data.
 */
@ObjectType("IncidentReference")
@Directive('@key(fields: "country id")')
export class IncidentReference {
  @Field()
  country: string;

  @Field(() => ID)
  id: string;
}

@Resolver(() => IncidentReference)
export class IncidentReferenceResolver {
  @FieldResolver(() => IncidentStub, { nullable: true, description: "The referenced incident, fetched from its owner; null when you may not see it." })
  incident(@Root() reference: IncidentReference): IncidentStub {
    return Object.assign(new IncidentStub(), { country: reference.country, id: reference.id });
  }
}

export const incidentReferenceReference = {
  async __resolveReference(reference: { country: string; id: string }): Promise<IncidentReference> {
    return Object.assign(new IncidentReference(), reference);
  },
};
