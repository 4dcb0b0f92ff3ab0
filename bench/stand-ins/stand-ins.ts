import "reflect-metadata";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { execute, type GraphQLSchema, parse } from "graphql";
import { sdlHash, SCHEMA_HASH_PATH } from "../../shared/federation/schema-hash.js";
import { buildBoardSchema } from "../../subgraphs/board/schema.js";
import { buildNationalSchema } from "../../subgraphs/national/schema.js";
import { cannedCountry, cannedFieldResolver, cannedIncidents } from "./canned.js";

/**
 * Stand-ins for the board and for countries, for measuring the gateway's own work: each answers the
 * GraphQL the gateway sends from canned data after a fixed delay (a cross-border round trip), so that
 * no country's CPU is in the figure.
 *
 * They serve the real schemas' SDL (built from the subgraphs' code, printed as the gateway's composition
 * prints it), so GET /schema-hash gives the hash the gateway checks every country against. The first
 * request of a given body is executed against an executable schema made from that SDL with canned
 * resolvers (any selection is answered: canned values where they exist, stand-in values of the right
 * type elsewhere); its JSON answer is then kept per body, that is per query text and variables, and
 * every later request costs a map lookup and the delay.
 */
export interface StandInOptions {
  /** Country codes, one stand-in (one port) each: the gateway pools connections per origin, as with real countries. */
  codes: readonly string[];
  /** Fixed delay of every GraphQL answer, in ms, counted from the end of the request body. */
  delayMs: number;
  host?: string;
  /** Names for the board's directory; a code without one is named after itself. */
  names?: Readonly<Record<string, string>>;
}

export interface StandIns {
  boardUrl: string;
  /** GraphQL URL of each country's stand-in, by code. */
  countryUrls: Record<string, string>;
  /** What every stand-in country serves at /schema-hash: the hash the gateway composes. */
  nationalSdlHash: string;
  close(): Promise<void>;
}

const MAX_CACHED_BODIES = 10_000;

export async function startStandIns(options: StandInOptions): Promise<StandIns> {
  const host = options.host ?? "127.0.0.1";
  const nationalSdl = printSubgraphSchema(await buildNationalSchema());
  const boardSdl = printSubgraphSchema(await buildBoardSchema());
  const nationalSdlHash = sdlHash(nationalSdl);
  const known = new Set(options.codes);

  const countries = new Map(options.codes.map((code) => [code, cannedCountry(code, cannedIncidents(code))]));
  const countryOf = (code: string) => countries.get(code) ?? cannedCountry(code, cannedIncidents(code));
  const national = buildSubgraphSchema([
    {
      typeDefs: parse(nationalSdl),
      resolvers: { Country: { __resolveReference: (reference: { code: string }) => countryOf(reference.code) } } as GraphQLResolverMap<unknown>,
    },
  ]);

  const directoryEntry = (code: string) => ({ __typename: "Country", code, name: options.names?.[code] ?? code, joinedAt: "2026-03-25T00:00:00.000Z" });
  const directory = [...options.codes].sort().map(directoryEntry);
  const board = buildSubgraphSchema([
    {
      typeDefs: parse(boardSdl),
      resolvers: {
        Query: {
          countries: (_: unknown, { codes }: { codes?: string[] | null }) => {
            if (!codes) return directory;
            const wanted = new Set(codes.map((code) => code.trim().toUpperCase()));
            return directory.filter((entry) => wanted.has(entry.code));
          },
          country: (_: unknown, { code }: { code: string }) => (known.has(code.trim().toUpperCase()) ? directoryEntry(code.trim().toUpperCase()) : null),
        },
        Country: { __resolveReference: (reference: { code: string }) => (known.has(reference.code) ? directoryEntry(reference.code) : null) },
      } as GraphQLResolverMap<unknown>,
    },
  ]);

  const servers: Server[] = [];
  const listen = async (schema: GraphQLSchema, schemaHash: string): Promise<string> => {
    const server = standInServer(schema, schemaHash, options.delayMs);
    servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      // Port 0: the OS picks a free one, with no window in which another process could take it.
      server.listen(0, host, () => resolve());
    });
    return `http://${host}:${(server.address() as AddressInfo).port}/graphql`;
  };
  const boardUrl = await listen(board, sdlHash(boardSdl));
  const countryUrls: Record<string, string> = {};
  for (const code of options.codes) countryUrls[code] = await listen(national, nationalSdlHash);
  return {
    boardUrl,
    countryUrls,
    nationalSdlHash,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/** One member's HTTP front: POST GraphQL (answered after the delay), GET /health and /schema-hash. */
function standInServer(schema: GraphQLSchema, schemaHash: string, delayMs: number): Server {
  const answers = new Map<string, string>();
  const hashBody = JSON.stringify({ sha256: schemaHash });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "GET") {
      req.resume();
      if (req.url === "/health") return send(res, 200, '{"status":"up"}');
      if (req.url === SCHEMA_HASH_PATH) return send(res, 200, hashBody);
      return send(res, 404, '{"error":"not found"}');
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const timer = new Promise<void>((resolve) => setTimeout(resolve, delayMs));
      const cached = answers.get(body);
      const answer = cached !== undefined ? Promise.resolve(cached) : executeOnce(schema, body, answers);
      void Promise.all([answer, timer]).then(
        ([text]) => send(res, 200, text),
        (error: unknown) => send(res, 400, JSON.stringify({ errors: [{ message: `stand-in could not answer: ${String(error)}` }] })),
      );
    });
  });
  // Longer than the gateway's keep-alive pool waits between calls, as a real subgraph's front.
  server.keepAliveTimeout = 65_000;
  return server;
}

async function executeOnce(schema: GraphQLSchema, body: string, answers: Map<string, string>): Promise<string> {
  const { query, variables, operationName } = JSON.parse(body) as { query: string; variables?: Record<string, unknown>; operationName?: string };
  const result = await execute({ schema, document: parse(query), variableValues: variables, operationName, fieldResolver: cannedFieldResolver });
  const text = JSON.stringify(result);
  if (result.errors?.length) process.stderr.write(`stand-in answered with errors: ${text.slice(0, 500)}\n`);
  if (answers.size >= MAX_CACHED_BODIES) answers.clear();
  answers.set(body, text);
  return text;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
