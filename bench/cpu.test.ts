import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { treeCpuMs } from "./cpu.js";

describe("CPU of a process tree", () => {
  it("counts a child's CPU while it runs and after it has exited", async () => {
    const before = treeCpuMs(process.pid);
    // A child that keeps one core busy for 400 ms, then exits (and is reaped by this process).
    const child = spawn(process.execPath, ["-e", "const end = Date.now() + 400; while (Date.now() < end);"]);
    await new Promise((resolve) => child.once("exit", resolve));
    const used = treeCpuMs(process.pid) - before;
    expect(used).toBeGreaterThanOrEqual(300);
    expect(used).toBeLessThan(5_000);
  });

  it("is 0 for a process that does not exist", () => {
    expect(treeCpuMs(2 ** 22 + 1)).toBe(0);
  });
});
