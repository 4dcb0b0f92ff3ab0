import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

/**
 * Monaco's workers, as files Vite builds next to the console's other assets: same origin, so the CSP's
 * `default-src 'self'` admits them (Monaco's own fallback would make `blob:` or `data:` workers, which it
 * refuses). graphiql's `setup-workers/vite` does the same, but breaks Vite's dev server when imported
 * from node_modules and logs every worker it starts.
 */
const globalWithMonaco = globalThis as typeof globalThis & {
  MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
};

globalWithMonaco.MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === "graphql") return new GraphQLWorker();
    if (label === "json") return new JsonWorker();
    return new EditorWorker();
  },
};
