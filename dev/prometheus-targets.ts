import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { BOARD } from "../shared/auth/caller.js";
import type { DevLayout } from "./dev-layout.js";

/** The dev hub's metrics listeners: gateway at the base, board + 1, country i + 2 + i. */
export function metricsPorts(layout: DevLayout, countries: readonly string[]): { gateway: number; board: number; national: number[] } {
  const base = layout.metricsPortBase;
  return { gateway: base, board: base + 1, national: countries.map((_, i) => base + 2 + i) };
}

/**
 * Writes a Prometheus file_sd targets file naming every service's metrics listener, so an operator can
 * point a local Prometheus at the dev hub (`file_sd_configs: [{ files: [<this file>] }]`) and use the
 * operations kit's alert rules and dashboard as they are: the targets carry the labels the compose
 * topology's prometheus.yml gives them, `job` (hub-gateway, hub-board, hub-national) and, on the board
 * and the countries, `country` (add `labeldrop exported_country` as prometheus.yml does).
 */
export function writePrometheusTargets(layout: DevLayout, countries: readonly string[]): string {
  const ports = metricsPorts(layout, countries);
  const target = (port: number, labels: Record<string, string>) => ({ targets: [`127.0.0.1:${port}`], labels });
  const targets = [
    target(ports.gateway, { job: "hub-gateway" }),
    target(ports.board, { job: "hub-board", country: BOARD }),
    ...countries.map((code, i) => target(ports.national[i]!, { job: "hub-national", country: code })),
  ];
  mkdirSync(dirname(layout.metricsTargetsFile), { recursive: true });
  writeFileSync(layout.metricsTargetsFile, JSON.stringify(targets, null, 2) + "\n");
  return layout.metricsTargetsFile;
}
