/**
 * A service's environment, checked as a whole before anything connects: every missing or malformed
 * variable is reported at once.
 */
export interface ServiceEnv {
  /** The value of a variable named in `required` (checked present). */
  get(name: string): string;
  port: number;
  host?: string;
  problems: string[];
}

export function readServiceEnv(required: readonly string[], env: NodeJS.ProcessEnv = process.env, portName = "PORT"): ServiceEnv {
  const problems: string[] = [];
  for (const name of [...required, portName]) {
    if (!env[name]) problems.push(`${name} is not set`);
  }
  const port = env[portName] ? portProblem(portName, env[portName]!, problems) : 0;
  return {
    get: (name) => {
      if (!required.includes(name)) throw new Error(`${name} is not among the variables this service declared`);
      return env[name]!;
    },
    port,
    host: env.HOST || undefined,
    problems,
  };
}

function portProblem(name: string, text: string, problems: string[]): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65535) {
    problems.push(`${name} must be a TCP port number (0-65535), got "${text}"`);
    return 0;
  }
  return port;
}

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
  const problems: string[] = [];
  const port = process.env[name] ? portProblem(name, process.env[name]!, problems) : (problems.push(`${name} is not set`), 0);
  if (problems.length) {
    process.stderr.write(`${problems.join("\n")}\n`);
    process.exit(78);
  }
  return port;
}
