import { readFileSync } from "node:fs";
import { type CpuProfile, samplesOfCpuProfile, samplesOfPerfScript } from "./read-profiles.js";
import { formatSummary, summarise } from "./summarise.js";

/**
 * Summarises a CPU profile by what the time went to:
 *   node dist/bench/cpu-profile/main.js <file.cpuprofile> [--from <s>] [--to <s>] [--count] [--top <n>]
 *   node dist/bench/cpu-profile/main.js <perf-script.txt> [--top <n>]
 * A `.cpuprofile` comes from `node --cpu-prof`; --from and --to keep the samples taken that many
 * seconds after it started (the load, not the start-up); --count weighs every sample alike (see
 * read-profiles.ts). A text file is `perf script` output of `perf record -g` on a node started with
 * --perf-basic-prof: on-CPU time of every thread, kernel included.
 */
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: main.js <file.cpuprofile | perf-script.txt> [--from <s>] [--to <s>] [--count] [--top <n>]\n");
  process.exit(2);
}
const option = (name: string) => {
  const index = rest.indexOf(name);
  return index < 0 ? undefined : Number(rest[index + 1]);
};
const text = readFileSync(file, "utf8");
const samples = file.endsWith(".cpuprofile")
  ? samplesOfCpuProfile(JSON.parse(text) as CpuProfile, {
      fromMs: option("--from") === undefined ? undefined : option("--from")! * 1000,
      toMs: option("--to") === undefined ? undefined : option("--to")! * 1000,
      weigh: rest.includes("--count") ? "count" : "time",
    })
  : samplesOfPerfScript(text);
process.stdout.write(`${formatSummary(summarise(samples, option("--top")))}\n`);
