/**
 * DEMO SEED DATA: fictional AI systems for the demo hub. Every organisation and system is invented.
 */
export interface SystemTemplate {
  name: string;
  description: string;
  weights: "OPEN" | "CLOSED";
  riskTier: "HIGH_RISK" | "LIMITED_RISK" | "MINIMAL_RISK";
  classification: "PUBLIC" | "SHARED" | "RESTRICTED" | "NATIONAL_SECURITY";
  trainingSources: { name: string; kind: "WEB_CRAWL" | "LICENSED" | "PUBLIC_DATASET" | "SYNTHETIC" | "USER_DATA" | "PROPRIETARY" }[];
  releases: { version: string; changes: string; architectureChange: boolean }[];
  deployments: { setting: string; highRisk: boolean }[];
}

export const SYSTEM_TEMPLATES: readonly SystemTemplate[] = [
  {
    name: "General-purpose assistant model",
    description: "A large language model offered to the public through a chat service and an API.",
    weights: "CLOSED",
    riskTier: "HIGH_RISK",
    classification: "PUBLIC",
    trainingSources: [
      { name: "Filtered public web crawl", kind: "WEB_CRAWL" },
      { name: "Licensed news and book corpus", kind: "LICENSED" },
      { name: "Human preference data from contracted raters", kind: "PROPRIETARY" },
    ],
    releases: [
      { version: "1.0", changes: "First public release.", architectureChange: false },
      { version: "2.0", changes: "Mixture-of-experts architecture; longer context.", architectureChange: true },
      { version: "2.1", changes: "Safety fine-tuning after red-team findings.", architectureChange: false },
    ],
    deployments: [
      { setting: "Public chat service", highRisk: false },
      { setting: "Hospital triage assistant (pilot)", highRisk: true },
    ],
  },
  {
    name: "Open-weights code model",
    description: "A code-generation model whose weights are published under an open licence.",
    weights: "OPEN",
    riskTier: "LIMITED_RISK",
    classification: "PUBLIC",
    trainingSources: [
      { name: "Permissively licensed public repositories", kind: "PUBLIC_DATASET" },
      { name: "Synthetic unit tests", kind: "SYNTHETIC" },
    ],
    releases: [
      { version: "0.9", changes: "Research preview.", architectureChange: false },
      { version: "1.0", changes: "Stable release with safety filters for malware requests.", architectureChange: false },
    ],
    deployments: [{ setting: "Developer tools of a software firm", highRisk: false }],
  },
  {
    name: "Credit scoring model",
    description: "A gradient-boosted model scoring consumer loan applications for a retail bank.",
    weights: "CLOSED",
    riskTier: "HIGH_RISK",
    classification: "SHARED",
    trainingSources: [{ name: "Historical loan outcomes of the bank", kind: "USER_DATA" }],
    releases: [
      { version: "3.2", changes: "Retrained on post-2024 data.", architectureChange: false },
      { version: "4.0", changes: "Replaced logistic regression with gradient boosting.", architectureChange: true },
    ],
    deployments: [{ setting: "Retail bank consumer lending", highRisk: true }],
  },
  {
    name: "Recruitment screening system",
    description: "Ranks job applications for interview shortlists at a staffing agency.",
    weights: "CLOSED",
    riskTier: "HIGH_RISK",
    classification: "SHARED",
    trainingSources: [{ name: "Past hiring decisions", kind: "USER_DATA" }],
    releases: [],
    deployments: [{ setting: "Staffing agency candidate screening", highRisk: true }],
  },
  {
    name: "Grid load forecasting model",
    description: "Forecasts electricity demand for a transmission operator's dispatch decisions.",
    weights: "CLOSED",
    riskTier: "HIGH_RISK",
    classification: "RESTRICTED",
    trainingSources: [
      { name: "Metered load history", kind: "PROPRIETARY" },
      { name: "Weather reanalysis data", kind: "PUBLIC_DATASET" },
    ],
    releases: [{ version: "2026.1", changes: "Added heat-wave scenarios.", architectureChange: false }],
    deployments: [{ setting: "Transmission system operator dispatch", highRisk: true }],
  },
  {
    name: "Border risk-scoring system",
    description: "Scores shipments for customs inspection.",
    weights: "CLOSED",
    riskTier: "HIGH_RISK",
    classification: "NATIONAL_SECURITY",
    trainingSources: [{ name: "Customs inspection records", kind: "PROPRIETARY" }],
    releases: [{ version: "5.0", changes: "New graph model of consignee networks.", architectureChange: true }],
    deployments: [{ setting: "Customs authority", highRisk: true }],
  },
  {
    name: "Content moderation classifier",
    description: "Flags posts for review on a large social platform.",
    weights: "CLOSED",
    riskTier: "LIMITED_RISK",
    classification: "PUBLIC",
    trainingSources: [
      { name: "Moderator decisions", kind: "USER_DATA" },
      { name: "Synthetic adversarial examples", kind: "SYNTHETIC" },
    ],
    releases: [{ version: "7.3", changes: "Multilingual coverage.", architectureChange: false }],
    deployments: [{ setting: "Social platform moderation queue", highRisk: false }],
  },
  {
    name: "Exam grading assistant",
    description: "Suggests marks for written answers in national school exams.",
    weights: "CLOSED",
    riskTier: "HIGH_RISK",
    classification: "SHARED",
    trainingSources: [],
    releases: [],
    deployments: [{ setting: "National examination board", highRisk: true }],
  },
];
