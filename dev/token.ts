import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ROLES } from "../shared/auth/caller.js";
import { loadHubConfig } from "../shared/config/hub-config.js";
import { loadDevIssuer, parseDuration, signDevToken } from "./dev-issuers.js";
import { devLayout } from "./dev-layout.js";

/**
 * `npm run --silent token -- --country JP --role regulator`: prints a JWT signed by the participant's
 * dev identity provider, and nothing else (so that `TOKEN=$(...)` works).
 */
const USAGE = `Usage: npm run --silent token -- --country CODE --role ROLE [--role ROLE...]
         [--scopes "a b"] [--subject NAME] [--expires-in 1h|-5m|90s] [--claim key=value ...]
Roles: ${ROLES.join(", ")}. --claim overrides any claim (value parsed as JSON when it can be).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const STRING_OPTIONS = new Set(["--country", "--role", "--scopes", "--subject", "--expires-in", "--claim"]);

/** `--expires-in -5m` must work: bind every option to the word after it, even one starting with "-". */
function bindValues(argv: string[]): string[] {
  const bound: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (STRING_OPTIONS.has(arg) && i + 1 < argv.length) bound.push(`${arg}=${argv[++i]}`);
    else bound.push(arg);
  }
  return bound;
}

let values;
try {
  ({ values } = parseArgs({
    args: bindValues(process.argv.slice(2)),
    options: {
      country: { type: "string" },
      role: { type: "string", multiple: true },
      scopes: { type: "string" },
      subject: { type: "string" },
      "expires-in": { type: "string" },
      claim: { type: "string", multiple: true },
      help: { type: "boolean" },
    },
    allowNegative: false,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const country = values.country?.toUpperCase();
if (!country) fail("--country is required.");
const roles = (values.role ?? []).flatMap((r) => r.split(",")).map((r) => r.trim()).filter(Boolean);
if (roles.length === 0) fail("--role is required.");
for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) fail(`Unknown role "${role}".`);

const layout = devLayout();
if (!existsSync(layout.configFile)) fail(`No dev hub in ${layout.dataDir}: run \`npm start\` first.`);
const entry = loadHubConfig(layout.configFile).issuers.find((i) => i.participant === country);
if (!entry) fail(`${country} is not a participant of this dev hub.`);

const claims: Record<string, unknown> = {};
for (const pair of values.claim ?? []) {
  const at = pair.indexOf("=");
  if (at <= 0) fail(`--claim expects key=value, got "${pair}".`);
  const raw = pair.slice(at + 1);
  try {
    claims[pair.slice(0, at)] = JSON.parse(raw);
  } catch {
    claims[pair.slice(0, at)] = raw;
  }
}
let expiresInSeconds: number | undefined;
try {
  expiresInSeconds = values["expires-in"] === undefined ? undefined : parseDuration(values["expires-in"]);
} catch (error) {
  fail((error as Error).message);
}

let issuer;
try {
  issuer = loadDevIssuer(layout.issuersDir, country, entry.issuer);
} catch (error) {
  fail((error as Error).message);
}
const token = await signDevToken(issuer, {
  roles,
  subject: values.subject,
  scopes: values.scopes?.split(/\s+/).filter(Boolean),
  expiresInSeconds,
  claims,
});
process.stdout.write(`${token}\n`);
