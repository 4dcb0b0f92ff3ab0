import { Classification } from "../../policy/classification.js";
import { RiskTier, TrainingSourceKind, WeightsAccess } from "../../../subgraphs/national/systems/system-entities.js";
import { uuidFrom } from "./deterministic.js";
import { SYSTEM_TEMPLATES } from "./system-templates.js";

const DAY = 86_400_000;

/** A country's demo register of organisations and AI systems, with deployments and provenance labels. */
export function demoSystemsFor(country: string, since: Date) {
  const developer = { id: uuidFrom(`${country}:org:developer`), country, name: `Demo developer (${country})`, demo: true };
  const deployer = { id: uuidFrom(`${country}:org:deployer`), country, name: `Demo deployer (${country})`, demo: true };
  const systems = SYSTEM_TEMPLATES.map((t) => ({
    id: uuidFrom(`${country}:system:${t.name}`),
    country,
    name: t.name,
    description: `Demo record, not a real system. ${t.description}`,
    developerId: developer.id,
    // The templates spell the enums' values.
    weights: t.weights as WeightsAccess,
    riskTier: t.riskTier as RiskTier,
    classification: t.classification as Classification,
    demo: true,
  }));
  const perSystem = <T>(make: (template: (typeof SYSTEM_TEMPLATES)[number], systemId: string) => T[]) =>
    SYSTEM_TEMPLATES.flatMap((t, i) => make(t, systems[i]!.id));
  return {
    organisations: [developer, deployer],
    systems,
    deployments: perSystem((t, systemId) =>
      t.deployments.map((d, j) => ({
        id: uuidFrom(`${systemId}:deployment:${j}`),
        systemId,
        deployerId: deployer.id,
        setting: d.setting,
        deployedAt: new Date(since.getTime() + (20 + 30 * j) * DAY),
        highRisk: d.highRisk,
      })),
    ),
    trainingSources: perSystem((t, systemId) =>
      t.trainingSources.map((s, j) => ({ id: uuidFrom(`${systemId}:source:${j}`), systemId, name: s.name, kind: s.kind as TrainingSourceKind, description: "" })),
    ),
    releases: perSystem((t, systemId) =>
      t.releases.map((r, j) => ({
        id: uuidFrom(`${systemId}:release:${j}`),
        systemId,
        version: r.version,
        releasedAt: new Date(since.getTime() - (t.releases.length - j) * 60 * DAY),
        changes: r.changes,
        architectureChange: r.architectureChange,
      })),
    ),
  };
}
