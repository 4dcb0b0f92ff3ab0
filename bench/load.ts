import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  token: string;
  query: string;
  variables?: Record<string, unknown>;
  connections: number;
  durationSeconds: number;
  /**
   * Warm up for this long at the run's own concurrency rather than with WARM_UP_REQUESTS: for a figure
   * of a server's steady cost per request, once the JIT has compiled its hot paths (a few hundred
   * requests still leave much of the path in the interpreter or baseline tiers).
   */
  warmUpSeconds?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts: any of them makes the figures worthless. */
  failures: number;
  /** Requests sent to warm up before the measured run (by drive). */
  warmUpRequests?: number;
  /** CPU used per request by each group of processes `cpu` reads, when given. */
  cpuMsPerRequest?: Record<string, number>;
}

/**
 * Sends before every measured run, so that every process on the request's path has had its code
 * optimised: a country answering one request in 50 would otherwise be measured cold.
 */
export const WARM_UP_REQUESTS = 150;

/**
 * Drives one GraphQL request at the URL with autocannon over loopback, after a warm-up.
 * `cpu`: readers of the CPU used so far by groups of processes under test, to report it per request.
 */
export async function drive(options: LoadOptions, cpu: Record<string, () => number> = {}): Promise<LoadResult> {
  const warmUp = options.warmUpSeconds ? await run({ ...options, durationSeconds: options.warmUpSeconds }) : await run(options, WARM_UP_REQUESTS);
  if (warmUp.failures > 0) throw new Error(`${warmUp.failures} of ${warmUp.requests} warm-up requests to ${options.url} failed: the figures would mean nothing.`);
  const before = Object.fromEntries(Object.entries(cpu).map(([name, read]) => [name, read()]));
  const result = await run(options);
  if (result.failures > 0) throw new Error(`${result.failures} of ${result.requests} requests to ${options.url} failed: the figures would mean nothing.`);
  const perRequest = Object.fromEntries(Object.entries(cpu).map(([name, read]) => [name, (read() - before[name]!) / result.requests]));
  return { ...result, cpuMsPerRequest: perRequest, warmUpRequests: warmUp.requests };
}

async function run(options: LoadOptions, amount?: number): Promise<LoadResult> {
  const instance = autocannon({
    url: options.url,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: options.query, variables: options.variables }),
    connections: options.connections,
    // Either a number of requests (warm-up) or a duration.
    ...(amount ? { amount } : { duration: options.durationSeconds }),
    timeout: 30,
    // Without a callback autocannon returns its tracker, an EventEmitter that is also a promise of the result.
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  // autocannon's own percentiles are whole milliseconds; its response events carry the exact time.
  const latencies: number[] = [];
  instance.on("response", (_client: unknown, status: number, _bytes: number, milliseconds: number) => {
    if (status < 300) latencies.push(milliseconds);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Sends the request once, as the load runs send it, whatever the answer. */
export function post(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
}

/** Sends the request once and fails loudly unless it is answered in full: load on errors measures nothing. */
export async function answerOf<T = Record<string, unknown>>(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await post(url, token, query, variables);
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${url} did not answer the benchmark query in full (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}
