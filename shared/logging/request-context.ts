import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while a request is handled says about that request. */
export interface RequestLogContext {
  requestId: string;
}

/**
 * One store per process, for every service in it (tests run several): each request enters its own
 * context, so a line logged deep in the code (a country's warning, a masked error) names its request
 * without the request being passed down to it.
 */
const storage = new AsyncLocalStorage<RequestLogContext>();

/** Runs `fn` (and everything it starts) as part of the request `requestId`. */
export function runInRequest<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The request being handled, if any. */
export function currentRequest(): RequestLogContext | undefined {
  return storage.getStore();
}
