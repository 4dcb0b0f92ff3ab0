import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, resolve } from "node:path";

/**
 * Where a frame of a bundled script (dist/services, see shared/deploy/rolldown.config.mjs) came from:
 * the library's or our compiled file, read from the bundle's source map, so that a profile of the
 * services as they run is charged to TypeORM, pg, Fastify... rather than to one bundle file.
 * Frames of scripts without a map beside them are left as they are.
 */
export class OriginalSources {
  private readonly maps = new Map<string, SourceMap | null>();

  /** `line` 1-based, `column` 0-based; undefined when the script has no map or the map no entry. */
  locate(url: string, line: number, column: number): { url: string; line: number } | undefined {
    const map = this.mapOf(url);
    if (!map) return undefined;
    const entry = map.findEntry(line - 1, column) as { originalSource?: string; originalLine?: number };
    if (!entry.originalSource) return undefined;
    const source = entry.originalSource.replace(/^file:\/\//, "");
    return { url: resolve(dirname(url), source), line: (entry.originalLine ?? 0) + 1 };
  }

  private mapOf(url: string): SourceMap | null {
    let map = this.maps.get(url);
    if (map === undefined) {
      const file = `${url}.map`;
      map = url.endsWith(".js") && existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8"))) : null;
      this.maps.set(url, map);
    }
    return map;
  }
}
