import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { disableApolloTelemetry } from "../gateway/telemetry.js";
import { requireEnv } from "../shared/config/service-env.js";
import { readFileSync } from "node:fs";

/**
 * The baseline of the hub-overhead scenario: a stock Apollo gateway, as the Federation docs set it up,
 * over the same board and one country's national subgraph, forwarding the caller's token. No token
 * check at the edge, no routing by country, no circuits: what the hub's gateway adds is measured
 * against this. Env: SUPERGRAPH_FILE, BOARD_URL, NATIONAL_URL, PORT.
 */
interface Context {
  authorization?: string;
}

disableApolloTelemetry();
const urls: Record<string, string> = { board: requireEnv("BOARD_URL"), national: requireEnv("NATIONAL_URL") };
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(requireEnv("SUPERGRAPH_FILE"), "utf8"),
  buildService: ({ name }) =>
    new RemoteGraphQLDataSource<Context>({
      url: urls[name],
      willSendRequest({ request, context }) {
        if (context.authorization) request.http?.headers.set("authorization", context.authorization);
      },
    }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(requireEnv("PORT")), host: "127.0.0.1" },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
process.stdout.write(`plain gateway ready at ${url}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop().then(() => process.exit(0)));
