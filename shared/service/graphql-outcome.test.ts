import { ApolloServer } from "@apollo/server";
import type { FastifyRequest } from "fastify";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { bindContext, recordGraphQLOutcome } from "./graphql-outcome.js";

const typeDefs = `type Query { ok: String, forbidden: String!, invented: String!, partly: Partly }
type Partly { fine: String, broken: String }`;
const fail = (code: string) => () => {
  throw new GraphQLError("no", { extensions: { code } });
};
const resolvers = {
  Query: { ok: () => "yes", forbidden: fail("FORBIDDEN"), invented: fail("MADE_UP_BY_A_DEPLOYMENT_1"), partly: () => ({}) },
  Partly: { fine: () => "fine", broken: fail("NATION_UNAVAILABLE") },
};

async function outcomeOf(query: string) {
  const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [recordGraphQLOutcome()] });
  await apollo.start();
  const request = { graphql: null } as unknown as FastifyRequest;
  await apollo.executeOperation({ query }, { contextValue: bindContext({}, request) });
  await apollo.stop();
  return request.graphql;
}

describe("the outcome a request records", () => {
  it("names the operation and its type, ok without errors", async () => {
    expect(await outcomeOf("query Named { ok }")).toEqual({ operationName: "Named", operationType: "query", outcome: "ok" });
  });

  it("is partial when data came with errors, and the first error's code when no data did", async () => {
    expect((await outcomeOf("{ partly { fine broken } }"))?.outcome).toBe("partial");
    expect((await outcomeOf("{ forbidden }"))?.outcome).toBe("FORBIDDEN");
  });

  it("names a code nobody defined OTHER: a deployment cannot grow the metric's labels", async () => {
    expect((await outcomeOf("{ invented }"))?.outcome).toBe("OTHER");
  });

  it("has no operation type for a document that does not validate", async () => {
    expect(await outcomeOf("{ nope }")).toEqual({ operationName: null, operationType: null, outcome: "GRAPHQL_VALIDATION_FAILED" });
  });
});
