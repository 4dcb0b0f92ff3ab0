import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** A TCP port free on loopback right now (the OS picks it, from its ephemeral range). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * The first of `size` consecutive ports free on loopback now, for services that are stopped and
 * started again on the same ports (a dev hub puts country i at base + 1 + i). They are taken below the
 * OS's ephemeral range: a port in it can be given, meanwhile, to any outgoing connection as its local
 * port, and a service restarting there would find it taken.
 */
export async function freePortRange(size: number): Promise<number> {
  // Above 10080, the last port the Fetch standard calls unsafe: Node's fetch refuses to call one, so a
  // service placed there could never be reached by the launcher's health check or the gateway.
  const low = 10_081;
  const high = ephemeralRangeStart() - size;
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = low + Math.floor(Math.random() * (high - low));
    const free = await Promise.all(Array.from({ length: size }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no ${size} consecutive free ports found between ${low} and ${high + size}`);
}

/** Linux says where its ephemeral ports begin; elsewhere assume the IANA range (49152 up). */
function ephemeralRangeStart(): number {
  try {
    const [start] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (start && start > 11_000) return start;
  } catch {
    // not Linux
  }
  return 49_152;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
