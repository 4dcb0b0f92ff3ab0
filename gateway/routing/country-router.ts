import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GraphQLFormattedError } from "graphql";
import { BOARD } from "../../shared/auth/caller.js";
import { forbidden } from "../../shared/errors/hub-errors.js";
import type { Logger } from "../../shared/logging/logger.js";
import type { GatewayContext } from "../context.js";
import type { CircuitBreaker, Circuits } from "./circuit-breaker.js";
import { observeNationCall } from "./observe-nation-call.js";
import { probeHealth } from "../health/probe.js";
import { CountryProbes } from "./country-probes.js";
import type { Forwarded, SubgraphClient, SubgraphRequest, SubgraphResponse } from "./nation-client.js";
import { NationUnavailable, nationUnavailableError, unknownCountryError } from "./nation-errors.js";
import type { NationCallObserver } from "./nation-metrics.js";
import { type CountryShard, reassemble, type Representation, splitByCountry } from "./representations.js";

export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource["process"]>>;

export interface CountryDirectory {
  /** The national endpoint of a participant, or undefined when it is not a member. */
  endpointOf(country: string): string | undefined;
  timeoutMs: number;
  circuits: Circuits;
  client: SubgraphClient;
  /** True for a country that serves another national schema than the one composed. */
  schemaMismatch(country: string): boolean;
  /** Told how each call ended and how long it took (the metrics). */
  observer?: NationCallObserver;
}

interface ShardAnswer {
  indexes: number[];
  entities: readonly unknown[] | null;
  errors: GraphQLFormattedError[];
}

/**
 * The data source of the one logical `national` subgraph. Entity fetches are split by the country in
 * each representation's key and sent to the countries in parallel; root fields go to the caller's home
 * country. A country that cannot answer costs only its own part of the response.
 */
export class CountryRouter implements GraphQLDataSource<GatewayContext> {
  private readonly probes: CountryProbes;

  constructor(
    private readonly directory: CountryDirectory,
    private readonly logger: Logger,
  ) {
    this.probes = new CountryProbes((url, timeoutMs) => probeHealth((target, ms) => directory.client.get(target, ms), url, timeoutMs));
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const { authorization, requestId, caller } = options.context as Partial<GatewayContext>;
    const forward: Forwarded = { authorization, requestId };
    const representations = request.variables?.representations;
    if (Array.isArray(representations)) {
      return this.fetchEntities(request, representations as Representation[], forward);
    }
    return this.fetchFromHome(request, caller?.country, forward);
  }

  private async fetchEntities(
    request: SubgraphRequest,
    representations: Representation[],
    forward: Forwarded,
  ): Promise<GatewayGraphQLResponse> {
    const shards = splitByCountry(representations);
    const answers = await Promise.all(shards.map((shard) => this.fetchShard(request, shard, forward)));
    return {
      data: { _entities: reassemble(representations.length, answers) },
      errors: answers.flatMap((answer) => answer.errors),
    };
  }

  private async fetchShard(request: SubgraphRequest, shard: CountryShard, forward: Forwarded): Promise<ShardAnswer> {
    const url = shard.country ? this.directory.endpointOf(shard.country) : undefined;
    if (!url) return { indexes: shard.indexes, entities: null, errors: [unknownCountryError(shard.country)] };
    const country = shard.country!;
    try {
      const shardRequest = { ...request, variables: { ...request.variables, representations: shard.representations } };
      const response = await this.call(country, url, shardRequest, forward, (answer) => {
        const entities = answer.data?._entities;
        if (answer.data != null && (!Array.isArray(entities) || entities.length !== shard.representations.length)) {
          throw new NationUnavailable("bad_response", "`_entities` does not match the representations sent");
        }
      });
      const entities = response.data?._entities;
      return {
        indexes: shard.indexes,
        entities: Array.isArray(entities) ? entities : null,
        errors: (response.errors ?? []).map((error) => relocate(error, shard.indexes, country)),
      };
    } catch (error) {
      return { indexes: shard.indexes, entities: null, errors: [this.unavailable(country, error)] };
    }
  }

  private async fetchFromHome(
    request: SubgraphRequest,
    country: string | undefined,
    forward: Forwarded,
  ): Promise<GatewayGraphQLResponse> {
    if (!country || country === BOARD) {
      const error = forbidden("The review board has no national register of its own; read countries through `countries`.");
      return { errors: [{ message: error.message, extensions: error.extensions }] };
    }
    const url = this.directory.endpointOf(country);
    if (!url) return { errors: [unknownCountryError(country)] };
    try {
      const response = await this.call(country, url, request, forward);
      return { data: response.data, errors: response.errors?.map((error) => withCountry(error, country)) };
    } catch (error) {
      return { errors: [this.unavailable(country, error)] };
    }
  }

  /**
   * One call to a country through its circuit: fail fast while it is open, count the outcome fairly.
   * Traced and timed with its outcome (observe-nation-call.ts).
   */
  private call(
    country: string,
    url: string,
    request: SubgraphRequest,
    forward: Forwarded,
    check?: (response: SubgraphResponse) => void,
  ): Promise<SubgraphResponse> {
    return observeNationCall(country, this.directory.observer, async () => {
      if (this.directory.schemaMismatch(country)) throw new NationUnavailable("schema_mismatch", "schema mismatch");
      const circuit = this.directory.circuits.of(country);
      if (!circuit.tryAcquire()) throw new NationUnavailable("circuit_open", "circuit open");
      let response: SubgraphResponse;
      try {
        response = await this.directory.client.call(url, request, forward.authorization, this.directory.timeoutMs, forward.requestId);
        check?.(response);
      } catch (error) {
        // Every outcome is recorded (a half-open circuit's probe slot would otherwise stay taken).
        await this.judge(country, url, circuit, error instanceof NationUnavailable && error.reason === "timeout");
        throw error;
      }
      if ((response.status ?? 200) >= 500) await this.judge(country, url, circuit, true);
      else circuit.recordSuccess();
      return response;
    });
  }

  /**
   * Whether a failed call counts against the country, for every caller. A refused connection or an
   * answer that is not GraphQL says something about the country. A timeout or a 5xx GraphQL answer may
   * say only something about the request (a caller's own expensive query): it counts only when the
   * country's cheap health probe fails too. So one caller's heavy queries cost that caller alone, and
   * can never open a circuit for everyone; a country that is really down still opens its circuit.
   */
  private async judge(country: string, url: string, circuit: CircuitBreaker, mayBeTheRequest: boolean): Promise<void> {
    if (!mayBeTheRequest || !(await this.probes.isUp(country, url, this.directory.timeoutMs))) {
      circuit.recordFailure();
      return;
    }
    this.logger.info("nation answered its health probe: the failed call is not counted against it", { country });
    circuit.recordSuccess();
  }

  private unavailable(country: string, error: unknown): GraphQLFormattedError {
    if (!(error instanceof NationUnavailable)) throw error;
    if (error.reason !== "circuit_open" && error.reason !== "schema_mismatch") this.logger.warn("nation unavailable", { country, reason: error.reason, detail: error.message });
    return nationUnavailableError(country, error.reason);
  }
}

/** A shard's error paths point into the shard: map `["_entities", i, ...]` back to the original index. */
function relocate(error: GraphQLFormattedError, indexes: number[], country: string): GraphQLFormattedError {
  const path = error.path;
  const located =
    path && path[0] === "_entities" && typeof path[1] === "number" && indexes[path[1]] !== undefined
      ? { ...error, path: ["_entities", indexes[path[1]]!, ...path.slice(2)] }
      : error;
  return withCountry(located, country);
}

function withCountry(error: GraphQLFormattedError, country: string): GraphQLFormattedError {
  return { ...error, extensions: { ...error.extensions, country: error.extensions?.country ?? country } };
}
