import { buildSchema, GraphQLError, graphql, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import type { Logger } from "../logging/logger.js";
import { inputPathOf } from "./input-path.js";
import { maskErrors } from "./mask-errors.js";

const recordingLogger = () => {
  const lines: { message: string; fields?: Record<string, unknown> }[] = [];
  const log = (message: string, fields?: Record<string, unknown>) => void lines.push({ message, fields });
  const logger: Logger = { info: log, warn: log, error: log };
  return { logger, lines };
};

describe("maskErrors", () => {
  it("hides an internal error behind an id that is also in the log line", () => {
    const { logger, lines } = recordingLogger();
    const original = new GraphQLError('relation "access_log" does not exist', { originalError: new Error('relation "access_log" does not exist') });
    const masked = maskErrors(logger)({ message: original.message, path: ["myCountry"] }, original);
    const errorId = masked.extensions?.errorId as string;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(masked).toEqual({ message: expect.stringContaining(errorId), path: ["myCountry"], extensions: { code: "INTERNAL_SERVER_ERROR", errorId } });
    expect(masked.message).not.toContain("access_log");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fields).toMatchObject({ errorId, error: expect.stringContaining("access_log") });
    // Two failures, two ids.
    expect(maskErrors(logger)({ message: "x" }, new Error("x")).extensions?.errorId).not.toBe(errorId);
  });

  it("passes errors the client can act on unchanged, without the HTTP status", () => {
    const { logger, lines } = recordingLogger();
    const formatted = { message: "No.", extensions: { code: "FORBIDDEN", http: { status: 403 } } };
    expect(maskErrors(logger)(formatted, new GraphQLError("No."))).toEqual({ message: "No.", extensions: { code: "FORBIDDEN" } });
    expect(lines).toHaveLength(0);
  });
});

describe("inputPathOf", () => {
  const schema = buildSchema(`
    enum Severity { LOW HIGH }
    input Filter { severities: [Severity!], nested: Inner }
    input Inner { level: Severity }
    type Query { incidents(filter: Filter, first: Int): Int }
  `);

  it("reads the path of a variable's bad value, list indexes included", async () => {
    const result = await graphql({
      schema,
      source: "query($f: Filter) { incidents(filter: $f) }",
      variableValues: { f: { severities: ["LOW", "NOPE"] } },
    });
    expect(inputPathOf(result.errors![0]!)).toBe("f.severities.1");
    const missing = await graphql({ schema, source: "query($n: Int!) { incidents(first: $n) }" });
    expect(inputPathOf(missing.errors![0]!)).toBe("n");
  });

  it("finds the argument and input fields around a bad literal", () => {
    const source = "{ a: incidents(first: 1) b: incidents(filter: { nested: { level: NOPE } }) }";
    const [error] = validate(schema, parse(source));
    expect(inputPathOf(error!)).toBe("filter.nested.level");
  });

  it("says nothing of errors that are not about an input", () => {
    const [error] = validate(schema, parse("{ nope }"));
    expect(inputPathOf(error!)).toBeUndefined();
  });
});
