/**
 * The participants of the demo hub started by `npm start`. The agreement itself was reached on
 * 2026-03-25 (the Tokyo Safety Baseline); the first five stand for its signatories in the demo, and
 * `HUB_DEMO_COUNTRIES` (up to 50) adds more, for trying and measuring a hub of realistic width.
 */
export interface DemoParticipant {
  code: string;
  name: string;
  joinedAt: string;
}

export const AGREEMENT_DATE = "2026-03-25T00:00:00Z";

const SIGNATORIES: readonly [string, string][] = [
  ["JP", "Japan"],
  ["US", "United States"],
  ["EU", "European Union"],
  ["CN", "China"],
  ["KR", "Republic of Korea"],
];

const MORE_PARTICIPANTS: readonly [string, string][] = [
  ["GB", "United Kingdom"], ["CA", "Canada"], ["AU", "Australia"], ["IN", "India"], ["BR", "Brazil"],
  ["SG", "Singapore"], ["CH", "Switzerland"], ["NO", "Norway"], ["NZ", "New Zealand"], ["IL", "Israel"],
  ["AE", "United Arab Emirates"], ["SA", "Saudi Arabia"], ["TR", "Türkiye"], ["MX", "Mexico"], ["AR", "Argentina"],
  ["CL", "Chile"], ["CO", "Colombia"], ["PE", "Peru"], ["ZA", "South Africa"], ["NG", "Nigeria"],
  ["KE", "Kenya"], ["EG", "Egypt"], ["MA", "Morocco"], ["RW", "Rwanda"], ["GH", "Ghana"],
  ["ID", "Indonesia"], ["MY", "Malaysia"], ["TH", "Thailand"], ["VN", "Viet Nam"], ["PH", "Philippines"],
  ["UA", "Ukraine"], ["IS", "Iceland"], ["RS", "Serbia"], ["GE", "Georgia"], ["KZ", "Kazakhstan"],
  ["PK", "Pakistan"], ["BD", "Bangladesh"], ["LK", "Sri Lanka"], ["QA", "Qatar"], ["JO", "Jordan"],
  ["UY", "Uruguay"], ["CR", "Costa Rica"], ["PA", "Panama"], ["TN", "Tunisia"], ["SN", "Senegal"],
];

export const MAX_DEMO_PARTICIPANTS = SIGNATORIES.length + MORE_PARTICIPANTS.length;

/** The first `count` demo participants (the five signatories first). */
export function demoParticipants(count = SIGNATORIES.length): DemoParticipant[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEMO_PARTICIPANTS) {
    throw new Error(`The demo hub has 1 to ${MAX_DEMO_PARTICIPANTS} participants; asked for ${count}.`);
  }
  return [...SIGNATORIES, ...MORE_PARTICIPANTS].slice(0, count).map(([code, name]) => ({ code, name, joinedAt: AGREEMENT_DATE }));
}

export const DEMO_PARTICIPANTS: readonly DemoParticipant[] = demoParticipants();
