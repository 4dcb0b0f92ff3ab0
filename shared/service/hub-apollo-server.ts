import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema, ParseOptions, ValidationRule } from "graphql";
import { maskErrors } from "../errors/mask-errors.js";
import type { Logger } from "../logging/logger.js";
import { recordGraphQLOutcome } from "./graphql-outcome.js";

/** What other parts of the hub add to every Apollo server (operation limits, their validation rules). */
export interface ApolloExtras<TContext extends BaseContext> {
  plugins?: ApolloServerPlugin<TContext>[];
  validationRules?: ValidationRule[];
  /** Parser options (the operation limits stop the parser at `maxTokens`). */
  parseOptions?: ParseOptions;
}

/**
 * The one way the hub builds an Apollo Server, gateway or subgraph: internal errors masked, no stack
 * traces, no landing page that loads Apollo's hosted sandbox, CSRF prevention on, and no signal
 * handlers of its own (the service stops it after draining its HTTP front, see run-service.ts).
 */
export async function startHubApollo<TContext extends BaseContext>(
  source: { schema: GraphQLSchema } | { gateway: ApolloServerOptionsWithGateway<TContext>["gateway"] },
  logger: Logger,
  extras: ApolloExtras<TContext> & { basePlugins?: ApolloServerPlugin<TContext>[] } = {},
): Promise<ApolloServer<TContext>> {
  const apollo = new ApolloServer<TContext>({
    ...source,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    validationRules: extras.validationRules ?? [],
    ...(extras.parseOptions ? { parseOptions: extras.parseOptions } : {}),
    plugins: [ApolloServerPluginLandingPageDisabled(), recordGraphQLOutcome<TContext>(), ...(extras.basePlugins ?? []), ...(extras.plugins ?? [])],
  } as ConstructorParameters<typeof ApolloServer<TContext>>[0]);
  await apollo.start();
  return apollo;
}
