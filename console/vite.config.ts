import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { firstViewSize } from "./first-view-size.ts";
import { monacoCspPlugin } from "./src/explorer/monaco-csp/vite-plugin.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const gateway = process.env.HUB_GATEWAY_URL ?? "http://127.0.0.1:4000";

/**
 * The console, built into dist/console and served by the gateway at /console/. `npm run console:dev`
 * serves it with hot reload and sends /graphql and the sign-in providers' list to a running `npm start`.
 */
export default defineConfig({
  root,
  base: "/console/",
  // The explorer's editor (Monaco) made to run under the gateway's CSP: see the plugin.
  plugins: [react(), monacoCspPlugin(), firstViewSize()],
  build: {
    outDir: fileURLToPath(new URL("../dist/console", import.meta.url)),
    emptyOutDir: true,
    // Printed by the build: the first view's weight is watched (README).
    reportCompressedSize: true,
    // Monaco (the explorer's editor, about 3.7 MB) is the one chunk over this, and only the explorer loads it.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // GraphiQL marks modules "use no memo" for the React compiler, which this build does not run.
        if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: { "/graphql": gateway, "/sign-in/providers": gateway },
    // The console shares the hub's policy table (shared/policy) rather than keeping a copy.
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
