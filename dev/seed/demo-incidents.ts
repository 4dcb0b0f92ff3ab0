import { ALL_SEVERITIES, type Severity } from "../../shared/incidents/severity.js";
import { ALL_CLASSIFICATIONS, type Classification } from "../../shared/policy/classification.js";
import { HarmType } from "../../subgraphs/national/incidents/enums.js";
import { seededRandom, uuidFrom } from "./deterministic.js";
import { INCIDENT_TEMPLATES, type IncidentTemplate } from "./incident-templates.js";

export const DEMO_INCIDENTS_PER_COUNTRY = 24;
export const DEMO_NOTICE = "Demo record, not a real event.";

export interface DemoIncident {
  id: string;
  title: string;
  summary: string;
  severity: Severity;
  classification: Classification;
  occurredAt: Date;
  detectedAt: Date;
  reportedAt: Date;
  highRisk: boolean;
  notifiedAt: Date | null;
  harmTypes: HarmType[];
  affectedStakeholders: string[];
  countriesAffected: string[];
  reporter: string;
}

const HARMS: HarmType[][] = [
  [HarmType.PHYSICAL],
  [HarmType.ECONOMIC_PROPERTY],
  [HarmType.HUMAN_RIGHTS, HarmType.PSYCHOLOGICAL],
  [HarmType.PUBLIC_INTEREST],
  [HarmType.REPUTATIONAL, HarmType.ECONOMIC_PROPERTY],
  [HarmType.ENVIRONMENTAL],
];
const STAKEHOLDERS = [["consumers"], ["patients"], ["workers", "job applicants"], ["general public"], ["children", "students"], ["businesses"]];
const REPORTERS = ["deployer", "developer", "affected user", "news media", "the authority's own monitoring"];

/**
 * A country's demo register: a deterministic selection of the templates (different per country, and
 * always covering every classification and severity), spread between the agreement date and `now`.
 * Past the number of templates they repeat, each occurrence its own record.
 */
export function demoIncidentsFor(country: string, since: Date, now: Date, count = DEMO_INCIDENTS_PER_COUNTRY): DemoIncident[] {
  const random = seededRandom(country);
  const picked = pickCovering(shuffle([...INCIDENT_TEMPLATES], random), Math.min(count, INCIDENT_TEMPLATES.length));
  // Larger registers (benchmarks) go round the templates again, in another order each time.
  while (picked.length < count) picked.push(...shuffle([...INCIDENT_TEMPLATES], random).slice(0, count - picked.length));
  const span = now.getTime() - since.getTime();
  return picked.map((template, i) => {
    const detectedAt = new Date(since.getTime() + Math.floor(random() * span * 0.9));
    const occurredAt = new Date(detectedAt.getTime() - template.detectionDelayHours * 3_600_000);
    const reportedAt = new Date(Math.min(now.getTime(), detectedAt.getTime() + Math.floor(1 + random() * 120) * 3_600_000));
    // About half in high-risk deployments; of those, most notified within 72 h, some late, some not yet.
    const highRisk = random() < 0.5;
    const notifiedAt = highRisk ? demoNotification(detectedAt, now, random()) : null;
    return {
      id: uuidFrom(`${country}:${i}:${template.title}`),
      title: template.title,
      summary: `${DEMO_NOTICE} ${template.summary}`,
      severity: template.severity,
      classification: template.classification,
      occurredAt,
      detectedAt,
      reportedAt,
      highRisk,
      notifiedAt,
      harmTypes: HARMS[i % HARMS.length]!,
      affectedStakeholders: STAKEHOLDERS[(i * 7) % STAKEHOLDERS.length]!,
      countriesAffected: [country],
      reporter: REPORTERS[(i * 3) % REPORTERS.length]!,
    };
  });
}

function demoNotification(detectedAt: Date, now: Date, draw: number): Date | null {
  const hours = draw < 0.6 ? 2 + draw * 100 : draw < 0.85 ? 80 + draw * 100 : null;
  if (hours === null) return null;
  const at = new Date(detectedAt.getTime() + Math.round(hours * 3_600_000));
  return at <= now ? at : null;
}

/** Takes `count` templates in order, then swaps in what is needed so every value of both scales appears. */
function pickCovering(templates: IncidentTemplate[], count: number): IncidentTemplate[] {
  const picked = templates.slice(0, count);
  const rest = templates.slice(count);
  const ensure = <K extends "severity" | "classification">(key: K, values: readonly IncidentTemplate[K][]) => {
    for (const value of values) {
      if (picked.some((t) => t[key] === value)) continue;
      const donor = rest.findIndex((t) => t[key] === value);
      const counts = new Map<unknown, number>();
      for (const t of picked) counts.set(t[key], (counts.get(t[key]) ?? 0) + 1);
      const replaced = picked.findIndex((t) => (counts.get(t[key]) ?? 0) > 1);
      picked[replaced] = rest.splice(donor, 1)[0]!;
    }
  };
  ensure("classification", ALL_CLASSIFICATIONS);
  ensure("severity", ALL_SEVERITIES);
  return picked;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
