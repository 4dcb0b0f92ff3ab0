/**
 * A GET of one of a member's small resources, read whole: the gateway's `SubgraphClient.get`, over
 * kept-alive connections. Rejects when the deadline passes or the connection fails.
 */
export type MemberGet = (url: string, timeoutMs: number) => Promise<{ status: number; text: string }>;

/** A member's GET /health (a national subgraph's also asks its database): cheap, and the same for every caller. */
export async function probeHealth(get: MemberGet, graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const { status } = await get(new URL("/health", graphqlUrl).href, timeoutMs);
    return status >= 200 && status < 300;
  } catch {
    return false;
  }
}
