import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { NationalContext } from "../context.js";
import { Country } from "../country/country.js";
import { Incident } from "../incidents/incident.js";
import { assertId } from "../pagination/input-limits.js";
import { Deployment, Organisation, ProvenanceLabel, System } from "./system-entities.js";

@Resolver(() => Country)
export class CountrySystemsResolver {
  @FieldResolver(() => [System], { nullable: true, description: "The AI systems of this country that the caller may see, by name." })
  async systems(@Root() country: Country, @Ctx() ctx: NationalContext): Promise<System[] | null> {
    if (country.code !== ctx.country) return null;
    return ctx.reader.read("SYSTEM", (query) => query.orderBy("system.name", "ASC").addOrderBy("system.id", "ASC"));
  }

  @FieldResolver(() => System, { nullable: true, description: "One AI system of this country; null when it does not exist or the caller may not see it." })
  async system(@Root() country: Country, @Ctx() ctx: NationalContext, @Arg("id", () => ID) id: string): Promise<System | null> {
    if (country.code !== ctx.country) return null;
    assertId(id, "id");
    return ctx.loaders.systemsById.load(id);
  }
}

@Resolver(() => System)
export class SystemResolver {
  @FieldResolver(() => Organisation)
  async developer(@Root() system: System, @Ctx() ctx: NationalContext): Promise<Organisation> {
    return (await ctx.loaders.organisationsById.load(system.developerId))!;
  }

  @FieldResolver(() => [Deployment], { description: "Where the system is used, oldest first." })
  deployments(@Root() system: System, @Ctx() ctx: NationalContext): Promise<Deployment[]> {
    return ctx.loaders.deploymentsBySystem.load(system.id);
  }

  @FieldResolver(() => ProvenanceLabel, { nullable: true, description: "Null when the system has no provenance label." })
  async provenance(@Root() system: System, @Ctx() ctx: NationalContext): Promise<ProvenanceLabel | null> {
    const [trainingSources, releases] = await Promise.all([
      ctx.loaders.trainingSourcesBySystem.load(system.id),
      ctx.loaders.releasesBySystem.load(system.id),
    ]);
    return trainingSources.length === 0 && releases.length === 0 ? null : { trainingSources, releases };
  }
}

@Resolver(() => Deployment)
export class DeploymentResolver {
  @FieldResolver(() => Organisation)
  async deployer(@Root() deployment: Deployment, @Ctx() ctx: NationalContext): Promise<Organisation> {
    return (await ctx.loaders.organisationsById.load(deployment.deployerId))!;
  }
}

@Resolver(() => Incident)
export class IncidentSystemResolver {
  @FieldResolver(() => System, {
    nullable: true,
    description: "The AI system involved; null when none is recorded or the caller may not see it (the two are not told apart).",
  })
  system(@Root() incident: Incident, @Ctx() ctx: NationalContext): Promise<System | null> | null {
    return incident.systemId ? ctx.loaders.systemsById.load(incident.systemId) : null;
  }
}
