import { QueryClient } from "@tanstack/react-query";
import { HubRequestError } from "../graphql/hub-error";

/**
 * Every read of another country's records is written to that country's access log, so the console reads
 * when a person asks, not whenever the window regains focus; only a lost connection is retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => error instanceof HubRequestError && error.code === "NETWORK_ERROR" && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
