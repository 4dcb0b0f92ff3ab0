import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { drive, percentile } from "./load.js";

describe("the load driver", () => {
  it("takes nearest-rank percentiles of sorted values", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7.25], 0.99)).toBe(7.25);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("measures latency finer than a millisecond, and refuses figures from failing requests", async () => {
    let status = 200;
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.statusCode = status;
        res.end('{"data":{}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const load = { url, token: "t", query: "{ x }", connections: 1, durationSeconds: 1 };
      const result = await drive(load);
      expect(result.requests).toBeGreaterThan(100);
      expect(result.failures).toBe(0);
      // A loopback answer takes well under a millisecond: whole-millisecond figures would say 0 or 1.
      expect(result.p50Ms).toBeGreaterThan(0);
      expect(Number.isInteger(result.p50Ms)).toBe(false);
      status = 500;
      await expect(drive(load)).rejects.toThrow(/failed: the figures would mean nothing/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
