import "reflect-metadata";
import { startStandIns } from "./stand-ins.js";

/**
 * The stand-ins as one process of their own (bench/scenarios/gateway-fan-out.ts spawns it), so that
 * their work never shares the bench's event loop. Env: STANDIN_CODES (comma-separated country codes),
 * STANDIN_DELAY_MS (default 50), STANDIN_NAMES (optional JSON object of names by code). Prints one line
 * `stand-ins ready {json}` with the board's URL, each country's URL and the national schema hash.
 */
const codes = (process.env.STANDIN_CODES ?? "").split(",").map((code) => code.trim()).filter(Boolean);
if (codes.length === 0) {
  process.stderr.write("STANDIN_CODES is not set: name the countries to stand in for, comma-separated.\n");
  process.exit(78);
}
const delayMs = Number(process.env.STANDIN_DELAY_MS ?? 50);
if (!(delayMs >= 0)) {
  process.stderr.write(`STANDIN_DELAY_MS must be a number of milliseconds, got "${process.env.STANDIN_DELAY_MS}".\n`);
  process.exit(78);
}
const names = process.env.STANDIN_NAMES ? (JSON.parse(process.env.STANDIN_NAMES) as Record<string, string>) : undefined;
const standIns = await startStandIns({ codes, delayMs, names });
process.stdout.write(
  `stand-ins ready ${JSON.stringify({ boardUrl: standIns.boardUrl, countryUrls: standIns.countryUrls, nationalSdlHash: standIns.nationalSdlHash })}\n`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void standIns.close().then(() => process.exit(0)));
