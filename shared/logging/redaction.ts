/**
 * Where a credential could sit in a logged object: request headers in any of the shapes loggers use
 * (`req.headers`, `headers`, a bare `authorization`), one level down (`identity.authorization`, the
 * gateway's context), cookies both ways. pino replaces the value; the key stays, so a line still says
 * that a header was there.
 */
export const REDACT_PATHS = [
  "authorization",
  "cookie",
  '["set-cookie"]',
  "token",
  "access_token",
  "id_token",
  "refresh_token",
  "*.authorization",
  "*.cookie",
  '*["set-cookie"]',
  "*.token",
  "*.access_token",
  "*.id_token",
  "*.refresh_token",
  "headers.authorization",
  "headers.cookie",
  'headers["set-cookie"]',
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "request.headers.authorization",
  "request.headers.cookie",
  'reply.headers["set-cookie"]',
];

export const REDACTED = "[redacted]";

/** A JWT (its header always starts `{"`, base64url `eyJ`), or what follows `Bearer`. */
const JWT = /eyJ[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*){0,2}/g;
/** An opaque bearer token (long enough not to be prose such as "bearer token"). */
const BEARER = /(bearer\s+)[A-Za-z0-9._~+/=-]{16,}/gi;

/**
 * The last line of defence, on the finished line: a token inside a string (an error message, a stack,
 * a URL) that no redaction path could name is cut out too.
 */
export function scrubTokens(line: string): string {
  if (!line.includes("eyJ") && !/bearer/i.test(line)) return line;
  return line.replace(JWT, REDACTED).replace(BEARER, `$1${REDACTED}`);
}
