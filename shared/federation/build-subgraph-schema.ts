import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { HubDateTime } from "./date-time-scalar.js";
import { buildSchema, type NonEmptyArray, createResolversMap } from "type-graphql";

/** Federation 2 directives our subgraphs use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])\n';

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers: GraphQLResolverMap<unknown>;
}

/**
 * type-graphql classes -> federated subgraph schema. type-graphql prints the schema with the
 * `@key` directives attached by `@Directive`, and @apollo/subgraph adds `_entities`/`_service`.
 * Every subgraph maps `Date` to the scalar named `DateTime` (a range-checked graphql-scalars DateTime), or composition would see two date scalars.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: HubDateTime }],
    validate: false,
    skipCheck: true,
  });
  const typeDefs = parse(FEDERATION_LINK + printSchemaWithDirectives(schema));
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(reference as object) };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
