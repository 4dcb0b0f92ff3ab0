import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema.js";
import { CountriesResolver } from "./countries/countries.resolver.js";
import { countryReference } from "./countries/country.reference.js";
import { MeResolver } from "./me/me.resolver.js";

export function buildBoardSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CountriesResolver, MeResolver],
    referenceResolvers: { Country: countryReference },
  });
}
