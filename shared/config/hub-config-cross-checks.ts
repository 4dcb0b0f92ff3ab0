/**
 * Rules that span entries (duplicates, a country nobody can sign for). They read the raw file, not the
 * parsed one, so that they are reported together with every shape error instead of after it is fixed.
 */
export function crossCheckProblems(raw: unknown, defaultAudience: string): string[] {
  if (!isObject(raw)) return [];
  const countries = entries(raw.countries);
  const issuers = entries(raw.issuers);
  const problems: string[] = [];
  const codes = new Map<string, number>();
  countries.forEach((country, i) => {
    if (typeof country.code !== "string") return;
    const first = codes.get(country.code);
    if (first !== undefined) problems.push(`countries[${i}].code: ${country.code} is listed twice (also countries[${first}])`);
    else codes.set(country.code, i);
  });
  const names = new Map<string, number>();
  const participants = new Set<string>();
  issuers.forEach((issuer, i) => {
    if (typeof issuer.participant === "string") participants.add(issuer.participant);
    if (typeof issuer.issuer !== "string") return;
    const first = names.get(issuer.issuer);
    if (first !== undefined) problems.push(`issuers[${i}].issuer: ${issuer.issuer} is listed twice (also issuers[${first}])`);
    else names.set(issuer.issuer, i);
  });
  // An ID token is addressed to the client that asked for it. Were the console's client id the hub's
  // audience, every ID token would pass the hub's audience check as if it were an access token.
  const audience = typeof raw.audience === "string" ? raw.audience : defaultAudience;
  issuers.forEach((issuer, i) => {
    const clientId = isObject(issuer.oidc) ? issuer.oidc.clientId : undefined;
    if (clientId === audience) {
      problems.push(`issuers[${i}].oidc.clientId: must differ from the hub's audience ${audience} (ID tokens are addressed to the client and would pass as access tokens)`);
    }
  });
  // A country whose regulators no identity provider can vouch for would be a member nobody can act for.
  for (const [code, i] of codes) {
    if (Array.isArray(raw.issuers) && !participants.has(code)) problems.push(`countries[${i}].code: no issuer speaks for ${code} (add one to issuers)`);
  }
  return problems;
}

function entries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((entry) => (isObject(entry) ? entry : {})) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
