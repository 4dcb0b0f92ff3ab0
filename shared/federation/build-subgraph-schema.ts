import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { HubDateTime } from "./date-time-scalar.js";
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from "type-graphql";

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
  argumentsInDeclaredOrder();
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

/**
 * type-graphql records a method's parameters as their decorators run (last parameter first) and sorts
 * them by position, in place, only when a resolver is first called. A schema built before any request
 * listed arguments in reverse and one built after listed them as declared, so the same code hashed to
 * two national schemas in one process (the gateway refused a country over it). Sorted before every
 * build, the order is the declared one whatever ran before.
 */
function argumentsInDeclaredOrder(): void {
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}
