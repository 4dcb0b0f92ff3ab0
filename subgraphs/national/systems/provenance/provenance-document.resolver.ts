import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, registerEnumType, Resolver, Root } from "type-graphql";
import type { NationalContext } from "../../context.js";
import { System } from "../system-entities.js";
import { cycloneDxDocument } from "./cyclonedx.js";
import { spdxDocument } from "./spdx.js";

export enum ProvenanceFormat {
  SPDX_3_0_AI = "SPDX_3_0_AI",
  CYCLONEDX_1_6 = "CYCLONEDX_1_6",
}
registerEnumType(ProvenanceFormat, { name: "ProvenanceFormat", description: "Machine-readable formats of a provenance label." });

@Resolver(() => System)
export class ProvenanceDocumentResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: "The provenance label as an SPDX 3.0 (AI profile) or CycloneDX 1.6 document; null when the system has no label.",
  })
  async provenanceDocument(
    @Root() system: System,
    @Ctx() ctx: NationalContext,
    @Arg("format", () => ProvenanceFormat) format: ProvenanceFormat,
  ): Promise<Record<string, unknown> | null> {
    const [developer, trainingSources, releases] = await Promise.all([
      ctx.loaders.organisationsById.load(system.developerId),
      ctx.loaders.trainingSourcesBySystem.load(system.id),
      ctx.loaders.releasesBySystem.load(system.id),
    ]);
    if (trainingSources.length === 0 && releases.length === 0) return null;
    const facts = { system, developer: developer!, trainingSources, releases, generatedAt: new Date(), namespace: `urn:ai-safety-hub:${system.country}` };
    return format === ProvenanceFormat.CYCLONEDX_1_6 ? cycloneDxDocument(facts) : spdxDocument(facts);
  }
}
