import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * Build-time only (imported by console/vite.config.ts, never by the browser's code).
 *
 * GraphiQL 5 edits with Monaco, and Monaco breaks the console's `default-src 'self'` in two ways: it
 * appends `<style>` elements, and it renders lines as HTML with `style` attributes. This rewrites the
 * three places of monaco-editor 0.52 where that happens to use adopted-style-element.ts and
 * deferred-inline-styles.ts instead, so that the explorer runs under the gateway's policy as it is.
 * Each rewrite must find its exact text: a Monaco that changed fails the build here rather than
 * breaking the explorer quietly in a browser.
 */
const ADOPTED_STYLE = fileURLToPath(new URL("./adopted-style-element.ts", import.meta.url));
const DEFERRED_STYLES = fileURLToPath(new URL("./deferred-inline-styles.ts", import.meta.url));

interface Rewrite {
  /** The module, by the end of its path inside monaco-editor's ESM tree. */
  file: string;
  imports: string;
  from: RegExp;
  to: string;
}

const REWRITES: Rewrite[] = [
  {
    // createStyleSheet(): every stylesheet Monaco makes (theme colours, lists, decorations' rules).
    file: "/esm/vs/base/browser/dom.js",
    imports: `import { createAdoptedStyleElement } from ${JSON.stringify(ADOPTED_STYLE)};`,
    from: /const style = document\.createElement\('style'\);\s*style\.type = 'text\/css';\s*style\.media = 'screen';\s*beforeAppend\?\.\(style\);\s*container\.appendChild\(style\);/,
    to: "const style = createAdoptedStyleElement(container);\n    beforeAppend?.(style);",
  },
  {
    // The context menu's shadow root gets its stylesheet the same way.
    file: "/esm/vs/base/browser/ui/contextview/contextview.js",
    imports: `import { createAdoptedStyleElement } from ${JSON.stringify(ADOPTED_STYLE)};`,
    from: /const style = document\.createElement\('style'\);\s*style\.textContent = SHADOW_ROOT_CSS;\s*this\.shadowRoot\.appendChild\(style\);/,
    to: "createAdoptedStyleElement(this.shadowRoot).textContent = SHADOW_ROOT_CSS;",
  },
  {
    // Every innerHTML of Monaco's goes through a policy made here.
    file: "/esm/vs/base/browser/trustedTypes.js",
    imports: `import { createDeferredStylePolicy } from ${JSON.stringify(DEFERRED_STYLES)};`,
    from: /export function createTrustedTypesPolicy\(policyName, policyOptions\) \{/,
    to: "export function createTrustedTypesPolicy(policyName, policyOptions) {\n    return createDeferredStylePolicy(policyName, policyOptions);\n}\nexport function monacoCreateTrustedTypesPolicy(policyName, policyOptions) {",
  },
];

export function monacoCspPlugin(): Plugin {
  const applied = new Set<string>();
  return {
    name: "console:monaco-csp",
    enforce: "pre",
    // Dev server only (`npm run console:dev`, which serves no CSP, so Monaco runs unpatched there): the
    // GraphQL worker is served module by module, and its CommonJS dependencies must be converted first,
    // with graphql itself pre-bundled once (two copies refuse each other's schema objects).
    config: () => ({ optimizeDeps: { include: ["graphql", "monaco-graphql > graphql-language-service", "monaco-graphql > picomatch-browser"] } }),
    transform(code, id) {
      const path = id.split("?")[0]!.replaceAll("\\", "/");
      if (!path.includes("/monaco-editor/esm/")) return null;
      const rewrite = REWRITES.find((r) => path.endsWith(r.file));
      if (!rewrite) return null;
      if (!rewrite.from.test(code)) {
        this.error(`monaco-csp: ${rewrite.file} no longer holds the code this plugin rewrites (${rewrite.from}); check the explorer under the console's CSP before changing the pattern.`);
      }
      applied.add(rewrite.file);
      return { code: `${rewrite.imports}\n${code.replace(rewrite.from, rewrite.to)}`, map: null };
    },
    buildEnd(error) {
      // Monaco is bundled only when the explorer is: then all three must have been rewritten.
      if (error || applied.size === 0) return;
      const missed = REWRITES.filter((r) => !applied.has(r.file)).map((r) => r.file);
      if (missed.length) this.error(`monaco-csp: not rewritten: ${missed.join(", ")}`);
    },
  };
}
