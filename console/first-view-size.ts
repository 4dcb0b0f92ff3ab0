import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

export interface FirstViewSize {
  /** The entry chunk and every chunk it imports statically: what the browser must load before the first view. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * Prints, after each build, the gzipped weight of the JavaScript the first view needs (lazy chunks such as
 * charts and the explorer are not in it), and writes it to first-view.json beside index.html for the bench.
 */
export function firstViewSize(): Plugin {
  return {
    name: "hub-first-view-size",
    apply: "build",
    generateBundle(_options, bundle) {
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
      const codes = [...needed].map((fileName) => chunks.get(fileName)!.code);
      const size: FirstViewSize = {
        files: [...needed],
        bytes: codes.reduce((sum, code) => sum + Buffer.byteLength(code), 0),
        gzipBytes: codes.reduce((sum, code) => sum + gzipSync(code).length, 0),
      };
      this.emitFile({ type: "asset", fileName: "first-view.json", source: `${JSON.stringify(size, null, 2)}\n` });
      this.info(`first view's JavaScript: ${(size.gzipBytes / 1024).toFixed(1)} kB gzipped (${(size.bytes / 1024).toFixed(1)} kB) in ${size.files.length} file(s)`);
    },
  };
}
