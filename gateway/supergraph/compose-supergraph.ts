import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse, printSchema } from "graphql";
import { sdlHash } from "../../shared/federation/schema-hash.js";
import { buildBoardSchema } from "../../subgraphs/board/schema.js";
import { buildNationalSchema } from "../../subgraphs/national/schema.js";

/**
 * URLs written into the supergraph are placeholders: the gateway routes `board` and every country of
 * `national` from the hub config, so one supergraph file serves any membership.
 */
export const SUBGRAPH_PLACEHOLDER_URLS = { board: "http://board.invalid/graphql", national: "http://national.invalid/graphql" };

export interface ComposedSupergraph {
  supergraphSdl: string;
  /** Hash of the national subgraph's SDL: what every national deployment must serve. */
  nationalSdlHash: string;
  /** The schema clients see through the gateway (what the console's documents are typed from). */
  apiSchemaSdl: string;
}

/** Composes the supergraph from the subgraphs' code-first schemas; fails loudly on a composition error. */
export async function composeSupergraph(): Promise<ComposedSupergraph> {
  const boardSdl = printSubgraphSchema(await buildBoardSchema());
  const nationalSdl = printSubgraphSchema(await buildNationalSchema());
  const result = composeServices([
    { name: "board", url: SUBGRAPH_PLACEHOLDER_URLS.board, typeDefs: parse(boardSdl) },
    { name: "national", url: SUBGRAPH_PLACEHOLDER_URLS.national, typeDefs: parse(nationalSdl) },
  ]);
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    nationalSdlHash: sdlHash(nationalSdl),
    apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}
