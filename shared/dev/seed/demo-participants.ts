/**
 * The participants of the demo hub started by `npm start`. The agreement itself was reached on
 * 2026-03-25 (the Tokyo Safety Baseline); these five stand for its signatories in the demo.
 */
export interface DemoParticipant {
  code: string;
  name: string;
  joinedAt: string;
}

export const AGREEMENT_DATE = "2026-03-25T00:00:00Z";

export const DEMO_PARTICIPANTS: readonly DemoParticipant[] = [
  { code: "JP", name: "Japan", joinedAt: AGREEMENT_DATE },
  { code: "US", name: "United States", joinedAt: AGREEMENT_DATE },
  { code: "EU", name: "European Union", joinedAt: AGREEMENT_DATE },
  { code: "CN", name: "China", joinedAt: AGREEMENT_DATE },
  { code: "KR", name: "Republic of Korea", joinedAt: AGREEMENT_DATE },
];
