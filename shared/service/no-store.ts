import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

/**
 * `cache-control: no-store` on every GraphQL answer, as Apollo's cache-control plugin gives when no
 * field carries a cache hint (none in the hub does): records must not be kept by caches on the way.
 * Replaces that plugin where it is disabled, since it runs a hook on every resolved field to compute
 * a policy that is always the same.
 */
export function noStoreResponses<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
