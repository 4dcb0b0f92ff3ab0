/** Reads a required environment variable, failing with a message an operator can act on. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`Missing environment variable ${name}. See README.md, "Running a nation in production".\n`);
    process.exit(78); // EX_CONFIG
  }
  return value;
}

export function portFromEnv(name = "PORT"): number {
  const port = Number(requireEnv(name));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${name} must be a TCP port number, got "${process.env[name]}".\n`);
    process.exit(78);
  }
  return port;
}
