import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { DevLayout } from "./dev-layout.js";

/** The dev hub's metrics listeners: gateway at the base, board + 1, country i + 2 + i. */
export function metricsPorts(layout: DevLayout, countries: readonly string[]): { gateway: number; board: number; national: number[] } {
  const base = layout.metricsPortBase;
  return { gateway: base, board: base + 1, national: countries.map((_, i) => base + 2 + i) };
}

/**
 * Writes a Prometheus file_sd targets file naming every service's metrics listener, so an operator can
 * point a local Prometheus at the dev hub (`file_sd_configs: [{ files: [<this file>] }]`). Each target's
 * label is `hub_member`, not `service` or `country`: those are the metrics' own labels, which a target
 * label of the same name would push aside (Prometheus renames them `exported_*`).
 */
export function writePrometheusTargets(layout: DevLayout, countries: readonly string[]): string {
  const ports = metricsPorts(layout, countries);
  const target = (port: number, member: string) => ({ targets: [`127.0.0.1:${port}`], labels: { hub_member: member } });
  const targets = [target(ports.gateway, "gateway"), target(ports.board, "board"), ...countries.map((code, i) => target(ports.national[i]!, `national-${code}`))];
  mkdirSync(dirname(layout.metricsTargetsFile), { recursive: true });
  writeFileSync(layout.metricsTargetsFile, JSON.stringify(targets, null, 2) + "\n");
  return layout.metricsTargetsFile;
}
