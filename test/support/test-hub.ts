import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { inject } from "vitest";
import { composeSupergraph } from "../../gateway/supergraph/compose-supergraph.js";
import { startGateway } from "../../gateway/server.js";
import { BOARD } from "../../shared/auth/caller.js";
import { DEFAULT_AUDIENCE, DEFAULT_HTTP, DEFAULT_RATE_LIMIT, type HttpSettings, type HubConfig, type RateLimitSettings } from "../../shared/config/hub-config.js";
import { LiveConfig } from "../../shared/config/live-config.js";
import { type DevIssuer, devIssuerUrl, ensureAccessLogHeadKey, ensureDevIssuer, signDevToken, type TokenRequest } from "../../dev/dev-issuers.js";
import type { RunningServer } from "../../shared/service/service-http.js";
import { createLogger, type Logger } from "../../shared/logging/logger.js";
import { Country } from "../../subgraphs/board/countries/country.js";
import { startBoardServer } from "../../subgraphs/board/server.js";
import { NationalDeployment } from "../../subgraphs/national/deployment/national-deployment.js";
import { startNationalServer } from "../../subgraphs/national/server.js";
import { createParticipantDatabase, type ParticipantDatabase } from "./participant-database.js";

export interface TestNation {
  code: string;
  /** Connected as the database's owner (fixtures, tampering as an operator would); the subgraph runs as `serviceDb`. */
  db: DataSource;
  /** The subgraph's own connection: the database's service role (least privilege). */
  serviceDb: DataSource;
  server: RunningServer;
  deployment: NationalDeployment;
  /** The private JWK its access-log head is signed with. */
  headKeyFile: string;
}

export interface TestHub {
  gatewayUrl: string;
  /** The gateway's server (its `close` drains; `stop` closes it too, once). */
  gateway: RunningServer;
  boardUrl: string;
  /** Every service's metrics listener (GET /metrics), started on a free port of 127.0.0.1. */
  metricsUrls: { gateway: string; board: string; nations: Record<string, string> };
  /** Stops the board subgraph only (the rest of the hub keeps running). */
  stopBoard(): Promise<void>;
  /** The board's database as its owner (the board subgraph runs as its service role). */
  boardDb: DataSource;
  nations: Map<string, TestNation>;
  config: HubConfig;
  /** The live configs the running services follow: update them to change membership at run time. */
  membership: { subgraphs: LiveConfig; gateway: LiveConfig };
  issuers: Map<string, DevIssuer>;
  token(participant: string, request: TokenRequest): Promise<string>;
  /** POSTs a GraphQL request to the gateway (or `url`) and returns status and parsed body. */
  query<T = any>(token: string | undefined, query: string, variables?: Record<string, unknown>, url?: string): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResult<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface TestHubOptions {
  countries: string[];
  /** Participants listed in the board's directory with no national deployment configured. */
  unroutedCountries?: string[];
  /** Participants routed to an endpoint the test controls (a dead port, a server answering garbage). */
  externalEndpoints?: Record<string, string>;
  nationTimeoutMs?: number;
  /** The hub config's http and rateLimit sections, for every service (defaults when absent). */
  http?: Partial<HttpSettings>;
  rateLimit?: Partial<RateLimitSettings>;
  /** Each service's logger (by its name: gateway, board, national-JP...); default one silent-by-HUB_LOG logger for all. */
  logger?: (service: string) => Logger;
}

let supergraph: ReturnType<typeof composeSupergraph> | undefined;

/**
 * A whole hub in this test process: the board and one national subgraph per country, each with its own
 * fresh database on the test server, and the gateway in front, all over real HTTP on free ports.
 */
export async function startTestHub(options: TestHubOptions): Promise<TestHub> {
  const serverUrl = inject("databaseUrl");
  const prefix = `hubtest_${randomBytes(4).toString("hex")}`;
  const databases: ParticipantDatabase[] = [];
  const openDatabase = async (participant: string): Promise<ParticipantDatabase> => {
    const database = await createParticipantDatabase(
      serverUrl,
      `${prefix}_${participant.toLowerCase()}`,
      participant === BOARD ? { kind: "board" } : { kind: "national", country: participant },
    );
    databases.push(database);
    return database;
  };

  const issuersDir = mkdtempSync(join(tmpdir(), "hub-test-issuers-"));
  const issuers = new Map<string, DevIssuer>();
  const external = Object.keys(options.externalEndpoints ?? {});
  const directory = [...options.countries, ...(options.unroutedCountries ?? []), ...external];
  for (const participant of [BOARD, ...directory]) {
    issuers.set(participant, await ensureDevIssuer(issuersDir, participant, devIssuerUrl("http://127.0.0.1:4000", participant)));
  }
  const shared = createLogger("test-hub");
  const loggerOf = options.logger ?? (() => shared);
  const baseConfig: HubConfig = {
    audience: DEFAULT_AUDIENCE,
    // Subgraphs learn the membership from this; only the gateway needs the real endpoints.
    board: { url: "http://127.0.0.1:1/graphql" },
    countries: directory.map((code) => ({ code, url: "http://127.0.0.1:1/graphql" })),
    issuers: [...issuers.values()].map((i) => ({ participant: i.participant, issuer: i.issuer, jwksFile: i.jwksFile })),
    nationTimeoutMs: options.nationTimeoutMs ?? 2000,
    http: { ...DEFAULT_HTTP, ...options.http },
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
  };

  const boardDatabase = await openDatabase(BOARD);
  const boardDb = boardDatabase.owner;
  await boardDb.getRepository(Country).insert(
    directory.map((code) => ({
      code,
      name: `Test participant ${code}`,
      joinedAt: new Date("2026-03-25T00:00:00Z"),
    })),
  );
  const subgraphConfig = new LiveConfig(baseConfig);
  let boardStopped = false;
  const metrics = { port: 0 };
  const board = await startBoardServer({ config: subgraphConfig, db: boardDatabase.service, port: 0, logger: loggerOf("board"), metrics });
  const nations = new Map<string, TestNation>();
  for (const code of options.countries) {
    const database = await openDatabase(code);
    const headKeyFile = await ensureAccessLogHeadKey(issuersDir, code);
    const db = database.service;
    const logger = loggerOf(`national-${code}`);
    const deployment = await NationalDeployment.establish({ country: code, config: subgraphConfig, db, logger, env: { HUB_ACCESS_LOG_SIGNING_KEY: headKeyFile } });
    const server = await startNationalServer({ country: code, config: subgraphConfig, db, deployment, port: 0, logger, metrics });
    nations.set(code, { code, db: database.owner, serviceDb: db, server, deployment, headKeyFile });
  }
  const config: HubConfig = {
    ...baseConfig,
    board: { url: board.url },
    countries: [
      ...[...nations.values()].map((n) => ({ code: n.code, url: n.server.url })),
      ...Object.entries(options.externalEndpoints ?? {}).map(([code, url]) => ({ code, url })),
    ],
  };
  supergraph ??= composeSupergraph();
  const { supergraphSdl, nationalSdlHash } = await supergraph;
  const gatewayConfig = new LiveConfig(config);
  const gateway = await startGateway({ config: gatewayConfig, supergraphSdl, nationalSchemaHash: nationalSdlHash, port: 0, logger: loggerOf("gateway"), metrics });
  // Known only now: the board asks submitting countries through the gateway to vouch for their reports.
  config.board.gatewayUrl = gateway.url;
  await subgraphConfig.update({ ...subgraphConfig.get(), board: { ...subgraphConfig.get().board, gatewayUrl: gateway.url } });

  return {
    gatewayUrl: gateway.url,
    gateway,
    boardUrl: board.url,
    metricsUrls: {
      gateway: gateway.metricsUrl!,
      board: board.metricsUrl!,
      nations: Object.fromEntries([...nations.values()].map((n) => [n.code, n.server.metricsUrl!])),
    },
    stopBoard: async () => {
      if (!boardStopped) await board.close();
      boardStopped = true;
    },
    boardDb,
    nations,
    config,
    membership: { subgraphs: subgraphConfig, gateway: gatewayConfig },
    issuers,
    token: (participant, request) => signDevToken(issuers.get(participant)!, request),
    query: async (token, query, variables, url = gateway.url) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResult<any>["body"] };
    },
    stop: async () => {
      await gateway.close();
      if (!boardStopped) await board.close();
      for (const nation of nations.values()) {
        await nation.server.close();
        await nation.deployment.stop();
      }
      for (const database of databases) await database.drop();
      rmSync(issuersDir, { recursive: true, force: true });
    },
  };
}
