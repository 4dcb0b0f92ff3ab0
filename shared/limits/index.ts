import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { ParseOptions, ValidationRule } from "graphql";
import type { HubConfig } from "../config/hub-config.js";
import { limitsPlugin } from "./limits-plugin.js";
import type { ListWidths } from "./operation-cost.js";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "./operation-limits.js";
import { operationShapeRule } from "./operation-shape.js";

export { DEFAULT_OPERATION_LIMITS, operationLimitsSchema, statementTimeoutMs } from "./operation-limits.js";
export type { OperationLimits, OperationLimitsInput } from "./operation-limits.js";

export interface OperationLimitOptions {
  /**
   * The gateway's fan-out: how many countries `countries` asks when no `codes` are given (the hub
   * config's membership, which can change while the gateway runs).
   */
  fanOutWidth?: () => number;
}

export interface ApolloLimits {
  plugins: ApolloServerPlugin<BaseContext>[];
  validationRules: ValidationRule[];
  /**
   * The parser stops at `maxTokens`: a 1 MiB query of 5000 aliases is refused before it is parsed and
   * validated (hundreds of milliseconds of CPU otherwise). Read once, when the server is built; the
   * validation rule still applies a lowered limit after a reload.
   */
  parseOptions: ParseOptions;
}

/**
 * What an Apollo Server needs to refuse oversized operations: `plugins` (cost, which needs the
 * variables and the membership) and `validationRules` (tokens, depth, aliases, directives). `limits` may
 * be a function so that a reloaded hub config takes effect without a restart.
 */
export function operationLimits(limits: OperationLimits | (() => OperationLimits), options: OperationLimitOptions = {}): ApolloLimits {
  const current = typeof limits === "function" ? limits : () => limits;
  const listWidths: ListWidths = {
    // A subgraph's entity fetch: one item per representation the gateway sent.
    "Query._entities": (args) => (Array.isArray(args.representations) ? args.representations.length : undefined),
  };
  const { fanOutWidth } = options;
  if (fanOutWidth) listWidths["Query.countries"] = (args) => (Array.isArray(args.codes) ? args.codes.length : fanOutWidth());
  return {
    plugins: [limitsPlugin(current, listWidths)],
    validationRules: [operationShapeRule(current)],
    parseOptions: { maxTokens: current().maxTokens },
  };
}

/** The limits a hub config sets, defaults where it is silent. */
export function limitsOf(config: Pick<HubConfig, "limits">): OperationLimits {
  return config.limits ?? DEFAULT_OPERATION_LIMITS;
}
