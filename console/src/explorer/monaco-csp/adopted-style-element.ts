/**
 * Monaco writes its theme colours, list colours and per-decoration rules into `<style>` elements it
 * appends to the document. Under the console's `default-src 'self'` the browser refuses every such
 * element, empty or not ("Applying inline style violates ... style-src-elem"), and Monaco's colours and
 * decorations are lost. Constructable stylesheets are CSSOM, which a CSP does not govern: this gives
 * Monaco an element that looks like its `<style>` (`textContent`, `innerText`, `sheet`, `remove()`)
 * but is never put into the document; what it holds lives in a stylesheet adopted by the document (or
 * by the shadow root Monaco asked for).
 *
 * Wired into Monaco at build time by `monacoCspPlugin` (vite-plugin.ts), in place of its
 * `document.createElement('style')` + `container.appendChild(style)`.
 */
export function createAdoptedStyleElement(container: Node): HTMLStyleElement {
  const root = container.getRootNode();
  const owner: DocumentOrShadowRoot = root instanceof ShadowRoot || root instanceof Document ? root : document;
  const sheet = new CSSStyleSheet();
  owner.adoptedStyleSheets = [...owner.adoptedStyleSheets, sheet];
  let adopted = true;
  let text = "";
  const setText = (value: string | null) => {
    text = value ?? "";
    sheet.replaceSync(text);
  };
  // A detached element: setting its text parses nothing in the document, so nothing is refused.
  const element = document.createElement("style");
  Object.defineProperties(element, {
    textContent: { get: () => text, set: setText, configurable: true },
    innerText: { get: () => text, set: setText, configurable: true },
    // Monaco adds and removes single rules through `style.sheet` (createCSSRule, removeCSSRulesContainingSelector).
    sheet: { get: () => (adopted ? sheet : null), configurable: true },
    isConnected: { get: () => adopted, configurable: true },
    remove: {
      value: () => {
        adopted = false;
        owner.adoptedStyleSheets = owner.adoptedStyleSheets.filter((s) => s !== sheet);
      },
      configurable: true,
    },
  });
  return element;
}
