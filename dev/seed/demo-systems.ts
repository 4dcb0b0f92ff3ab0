import { Classification } from "../../shared/policy/classification.js";
import { RiskTier, TrainingSourceKind, WeightsAccess } from "../../subgraphs/national/systems/system-entities.js";
import { Audit, AuditKind, AuditStatus, Finding, FindingSeverity } from "../../subgraphs/national/audits/audit.js";
import { seededRandom, uuidFrom } from "./deterministic.js";
import { SYSTEM_TEMPLATES, type SystemTemplate } from "./system-templates.js";

const DAY = 86_400_000;

/**
 * A country's demo register of organisations and AI systems, with deployments, provenance labels and
 * audits. High-risk systems are red-teamed before their first deployment, except the recruitment
 * screener (so that the flag for a missing red-team exercise has something to show).
 */
export function demoSystemsFor(country: string, since: Date, peer = "US") {
  const developer = { id: uuidFrom(`${country}:org:developer`), country, name: `Demo developer (${country})`, demo: true };
  const deployer = { id: uuidFrom(`${country}:org:deployer`), country, name: `Demo deployer (${country})`, demo: true };
  const templates = templatesFor(country);
  const systems = templates.map((t) => ({
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
  const perSystem = <T>(make: (template: SystemTemplate, systemId: string) => T[]) =>
    templates.flatMap((t, i) => make(t, systems[i]!.id));
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
    ...demoAudits(country, peer, since, systems),
  };
}

type DemoSystem = { id: string; name: string; riskTier: RiskTier; classification: Classification };

function demoAudits(country: string, peer: string, since: Date, systems: DemoSystem[]) {
  const audits: Audit[] = [];
  const findings: Finding[] = [];
  const add = (system: DemoSystem, kind: AuditKind, fields: Partial<Audit>, found: [FindingSeverity, string][] = []) => {
    const id = uuidFrom(`${system.id}:audit:${kind}`);
    audits.push(Object.assign(new Audit(), {
      id,
      country,
      systemId: system.id,
      kind,
      classification: system.classification === Classification.NATIONAL_SECURITY ? Classification.NATIONAL_SECURITY : Classification.SHARED,
      auditorCountry: country,
      publishedSummary: null,
      demo: true,
      ...fields,
    }));
    found.forEach(([severity, title], i) =>
      findings.push(Object.assign(new Finding(), { id: uuidFrom(`${id}:finding:${i}`), auditId: id, severity, title, description: `Demo finding. ${title}.` })),
    );
  };
  const completed = (startDay: number, endDay: number) => ({
    status: AuditStatus.COMPLETED,
    startedAt: new Date(since.getTime() + startDay * DAY),
    completedAt: new Date(since.getTime() + endDay * DAY),
  });
  for (const system of systems) {
    if (system.riskTier === RiskTier.HIGH_RISK && system.name !== "Recruitment screening system") {
      add(system, AuditKind.RED_TEAM, { ...completed(0, 15), scope: "Pre-deployment adversarial testing", methodology: "Demo: scripted and free-form attacks by an internal red team." }, [
        [FindingSeverity.HIGH, "Safety filter bypassed through role-play prompts"],
        [FindingSeverity.MEDIUM, "Inconsistent refusals across languages"],
      ]);
    }
    if (system.name === "General-purpose assistant model") {
      add(system, AuditKind.VERIFICATION_LAB, {
        ...completed(40, 60),
        scope: "Capability and safety evaluation",
        methodology: "Demo: published evaluation suite run in the verification lab.",
        publishedSummary: "Demo summary: no critical capability found; two high findings fixed before release 2.1.",
      }, [[FindingSeverity.HIGH, "Model internals: unsafe behaviour traced to a fine-tuning dataset"]]);
      add(system, AuditKind.CROSS_BORDER_PILOT, {
        ...completed(70, 85),
        scope: "Pilot cross-border audit of the hospital triage deployment",
        methodology: "Demo: joint review of logs and incident records under a bilateral grant.",
        auditorCountry: peer,
      }, [[FindingSeverity.MEDIUM, "Escalation to clinicians not logged consistently"]]);
    }
    if (system.name === "Credit scoring model") {
      add(system, AuditKind.PROVENANCE_CHECK, { status: AuditStatus.IN_PROGRESS, startedAt: new Date(since.getTime() + 90 * DAY), completedAt: null, scope: "Provenance label against training records", methodology: "Demo: sample-based check of declared data sources." });
    }
  }
  return { audits, findings };
}

/** Systems every demo register keeps: incidents need a high-risk and a lower-risk system to point at. */
const ALWAYS = new Set(["General-purpose assistant model", "Open-weights code model", "Recruitment screening system"]);

/**
 * Japan's demo register holds every template (the tests count on it); other countries drop some, so
 * that their registers and indicators differ as real ones would.
 */
function templatesFor(country: string): SystemTemplate[] {
  if (country === "JP") return [...SYSTEM_TEMPLATES];
  const random = seededRandom(`${country}:systems`);
  return SYSTEM_TEMPLATES.filter((t) => ALWAYS.has(t.name) || random() < 0.7);
}
