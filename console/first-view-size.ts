import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

export const FIRST_VIEW_FILE = "first-view.json";

export interface FirstViewSize {
  /** The entry chunk and every chunk it imports statically: what the browser must load before the first view. */
  files: string[];
  bytes: number;
  /** Gzipped at level 9, as Vite's own report. */
  gzipBytes: number;
}

/**
 * Prints, after each build, the gzipped weight of the JavaScript the first view needs (lazy chunks such as
 * charts and the explorer are not in it), measured on the files as written, and writes it to
 * first-view.json beside index.html (the bench reads it there).
 */
export function firstViewSize(): Plugin {
  return {
    name: "hub-first-view-size",
    apply: "build",
    enforce: "post",
    writeBundle(options, bundle) {
      const outDir = options.dir!;
      const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === "chunk" ? [[output.fileName, output] as const] : [])));
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return;
      const needed = new Set<string>();
      const visit = (fileName: string) => {
        if (needed.has(fileName)) return;
        needed.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      visit(entry.fileName);
      const contents = [...needed].map((fileName) => readFileSync(join(outDir, fileName)));
      const size: FirstViewSize = {
        files: [...needed],
        bytes: contents.reduce((sum, content) => sum + content.length, 0),
        gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
      };
      writeFileSync(join(outDir, FIRST_VIEW_FILE), `${JSON.stringify(size, null, 2)}\n`);
      // kB of 1000 bytes, as Vite reports its chunks.
      this.info(`first view's JavaScript: ${(size.gzipBytes / 1000).toFixed(1)} kB gzipped (${(size.bytes / 1000).toFixed(1)} kB) in ${size.files.length} file(s)`);
    },
  };
}
