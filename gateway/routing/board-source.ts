import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { BOARD } from "../../shared/auth/caller.js";
import { ErrorCode } from "../../shared/errors/hub-errors.js";
import type { Logger } from "../../shared/logging/logger.js";
import type { GatewayContext } from "../context.js";
import type { GatewayGraphQLResponse } from "./country-router.js";
import type { SubgraphClient } from "./nation-client.js";
import { NationUnavailable } from "./nation-errors.js";
import type { NationCallObserver } from "./nation-metrics.js";
import { observeNationCall } from "./observe-nation-call.js";

/** The board subgraph: one deployment, called with the caller's own token. */
export class BoardSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly client: SubgraphClient,
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
    /** Told how each call ended, as country BOARD (the metrics). */
    private readonly observer?: NationCallObserver,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { authorization, requestId } = options.context as Partial<GatewayContext>;
    try {
      const response = await observeNationCall(BOARD, this.observer, () =>
        this.client.call(this.url, options.request, authorization, this.timeoutMs, requestId),
      );
      return { data: response.data, errors: response.errors };
    } catch (error) {
      if (!(error instanceof NationUnavailable)) throw error;
      this.logger.warn("board unavailable", { reason: error.reason, detail: error.message });
      return {
        errors: [
          {
            message: "The review board's directory is unavailable; cross-border queries that start from it cannot be answered now.",
            extensions: { code: ErrorCode.BOARD_UNAVAILABLE, reason: error.reason },
          },
        ],
      };
    }
  }
}
