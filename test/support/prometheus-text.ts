/**
 * A strict parser of the Prometheus text exposition format (0.0.4), for tests: prom-client writes the
 * format but does not read it. Every sample must belong to a family declared by `# TYPE` before it, and
 * every line must parse; anything else throws, naming the line.
 */
export type MetricType = "counter" | "gauge" | "histogram" | "summary" | "untyped";

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<MetricType>(["counter", "gauge", "histogram", "summary", "untyped"]);
const SUFFIXES: Record<MetricType, string[]> = {
  counter: [""],
  gauge: [""],
  untyped: [""],
  histogram: ["_bucket", "_sum", "_count"],
  summary: ["", "_sum", "_count"],
};

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const lines = text.split("\n");
  if (lines.at(-1) !== "") throw new Error("the exposition must end with a newline");
  for (const [index, line] of lines.entries()) {
    const fail = (why: string) => new Error(`line ${index + 1}: ${why}: ${JSON.stringify(line)}`);
    if (line === "") continue;
    if (line.startsWith("#")) {
      const match = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (!match) continue; // a plain comment
      const [, keyword, name, rest] = match as unknown as [string, string, string, string];
      if (!NAME.test(name)) throw fail("bad metric name");
      const family = families.get(name) ?? { name, type: "untyped" as MetricType, help: "", samples: [] };
      if (keyword === "HELP") family.help = rest;
      else {
        if (!TYPES.has(rest as MetricType)) throw fail("unknown type");
        if (family.samples.length > 0) throw fail("TYPE after samples");
        family.type = rest as MetricType;
      }
      families.set(name, family);
      continue;
    }
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)( -?\d+)?$/.exec(line);
    if (!match) throw fail("not a sample");
    const [, name, , labelText, valueText] = match as unknown as [string, string, string | undefined, string | undefined, string];
    const value = parseValue(valueText);
    if (value === undefined) throw fail("bad value");
    const family = familyOf(families, name);
    if (!family) throw fail("sample of an undeclared family");
    families.get(family)!.samples.push({ name, labels: parseLabels(labelText ?? "", fail), value });
  }
  return families;
}

function familyOf(families: Map<string, MetricFamily>, sample: string): string | undefined {
  for (const family of families.values()) {
    if (SUFFIXES[family.type].some((suffix) => family.name + suffix === sample)) return family.name;
  }
  return undefined;
}

/** Go's ParseFloat, which Prometheus uses: Inf and NaN in any case (prom-client writes `Nan`). */
function parseValue(text: string): number | undefined {
  const special = text.toLowerCase();
  if (special === "+inf" || special === "inf") return Infinity;
  if (special === "-inf") return -Infinity;
  if (special === "nan") return NaN;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}

function parseLabels(text: string, fail: (why: string) => Error): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length > 0) {
    const match = /^([^=]+)="((?:[^"\\]|\\[\\"n])*)"(,|$)/.exec(rest);
    if (!match || !LABEL.test(match[1]!)) throw fail("bad labels");
    if (match[1]! in labels) throw fail(`label ${match[1]} twice`);
    labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
    rest = rest.slice(match[0].length);
  }
  return labels;
}

/** The value of the one sample `name` whose labels include `labels`; undefined when there is none. */
export function sampleValue(families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number | undefined {
  const matches = [...families.values()]
    .flatMap((family) => family.samples)
    .filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  if (matches.length > 1) throw new Error(`${matches.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return matches[0]?.value;
}

/** GETs and parses a metrics endpoint. */
export async function scrape(url: string): Promise<Map<string, MetricFamily>> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("text/plain") || !type.includes("version=0.0.4")) throw new Error(`${url} is not Prometheus text: ${type}`);
  return parsePrometheusText(await response.text());
}
