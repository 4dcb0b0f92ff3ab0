import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { limitExceeded } from "./limit-error.js";
import { type ListWidths, operationCost } from "./operation-cost.js";
import type { OperationLimits } from "./operation-limits.js";

const SUGGESTION = / ?Did you mean [^?]*\?/g;
/** graphql's parser stops at `maxTokens` (parseOptions) with this message ("more that" is its spelling). */
const PARSER_TOKEN_LIMIT = /^Syntax Error: Document contains more th[a-z]+ \d+ tokens/;

/**
 * The part of the limits that needs the request itself: the cost depends on the variables (`first: $n`,
 * the representations of `_entities`) and on the membership (how many countries `countries` fans out
 * to), so it is checked once the operation is known and before anything executes. Also gives refusals
 * from the validation rule their code, and strips field suggestions outside dev.
 */
export function limitsPlugin(limits: () => OperationLimits, listWidths: ListWidths): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { maxCost, defaultListSize } = limits();
          const cost = operationCost(schema, document, operation, request.variables ?? {}, { defaultListSize, listWidths });
          if (cost > maxCost) throw limitExceeded("cost", cost, maxCost);
        },
        async didEncounterErrors({ errors }) {
          const { fieldSuggestions, maxTokens } = limits();
          for (const error of errors) {
            if (error.extensions?.code === "GRAPHQL_PARSE_FAILED" && PARSER_TOKEN_LIMIT.test(error.message)) {
              // Refused before the parser did the work; said in the same words as every other limit.
              const refusal = limitExceeded("tokens", undefined, maxTokens);
              const { http: _http, ...extensions } = refusal.extensions;
              error.message = refusal.message;
              Object.assign(error.extensions, extensions);
            }
            // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit is the caller's input.
            if (error.extensions?.limit && error.extensions.code === "GRAPHQL_VALIDATION_FAILED") {
              (error.extensions as Record<string, unknown>).code = "BAD_USER_INPUT";
            }
            if (!fieldSuggestions) error.message = error.message.replace(SUGGESTION, "");
          }
        },
      };
    },
  };
}
