import { BOARD } from "../shared/auth/caller.js";
import { devIssuerUrl, ensureAccessLogHeadKey, ensureDevIssuer } from "./dev-issuers.js";

/**
 * `node dist/dev/init-issuers.js DIR BASE_URL CODE...`: makes sure every participant named has a
 * dev identity provider (an ES256 key pair in DIR/CODE/), with `iss` = BASE_URL/dev-issuers/CODE, and
 * every country a key to sign its access log's head with (DIR/CODE/access-log-head.private.jwk.json).
 * Existing keys are kept, so tokens survive restarts. The one-shot `issuers` service of
 * docker-compose.yml runs it before anything that verifies tokens starts.
 */
const USAGE = "Usage: node dist/dev/init-issuers.js DIR BASE_URL CODE [CODE...]";
const [dir, baseUrl, ...codes] = process.argv.slice(2);

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

if (!dir || !baseUrl || codes.length === 0) fail("DIR, BASE_URL and at least one participant code are required.");
try {
  const url = new URL(baseUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(`BASE_URL must be an http(s) URL, got "${baseUrl}".`);
} catch {
  fail(`BASE_URL must be an http(s) URL, got "${baseUrl}".`);
}
for (const code of codes) if (!/^[A-Z]{2,8}$/.test(code)) fail(`Participant codes are 2-8 capital letters, got "${code}".`);

const base = baseUrl.replace(/\/+$/, "");
for (const code of codes) {
  const issuer = await ensureDevIssuer(dir, code, devIssuerUrl(base, code));
  process.stdout.write(`${code}: ${issuer.issuer} (public keys in ${issuer.jwksFile})\n`);
  if (code !== BOARD) process.stdout.write(`${code}: access-log head key ${await ensureAccessLogHeadKey(dir, code)}\n`);
}
