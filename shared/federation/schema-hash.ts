import { createHash } from "node:crypto";
import { printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLSchema } from "graphql";

/**
 * What a deployment serves, as one hash: the gateway compares it with the national schema it composed,
 * so that a country on another release is excluded rather than sent a plan it cannot serve.
 */
export function schemaHash(schema: GraphQLSchema): string {
  return sdlHash(printSubgraphSchema(schema));
}

export function sdlHash(sdl: string): string {
  return createHash("sha256").update(sdl).digest("hex");
}

export const SCHEMA_HASH_PATH = "/schema-hash";
