/**
 * Monaco renders its text lines, line numbers, indent guides and folding marks as HTML strings with
 * `style="top:…px;height:…px"` attributes, set through `innerHTML` / `insertAdjacentHTML`. The
 * console's CSP refuses style attributes in markup (style-src-attr, via `default-src 'self'`), so
 * every line would lose its position, and the browser reports one violation per element. Styles set
 * through CSSOM (`element.style.cssText`) are not governed by CSP. So Monaco's HTML goes through its
 * Trusted Types policies (every `innerHTML` of Monaco does: `createTrustedTypesPolicy`), which here
 * rename each tag's `style` attribute to `data-csp-style`; the `innerHTML` / `insertAdjacentHTML`
 * that receives such markup then moves those values into `element.style`, before anything measures or
 * paints them.
 *
 * Wired into Monaco at build time by `monacoCspPlugin` (vite-plugin.ts).
 */

const DEFERRED = "data-csp-style";

/** HTML from a Monaco policy, its style attributes renamed; `toString()` is that safe markup. */
export class DeferredStyleMarkup {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const TAG = /<[A-Za-z][^<>]*>/g;
// One attribute inside a tag: name, then an optional quoted or bare value (so a value that happens
// to contain ` style=` is never taken for an attribute).
const ATTRIBUTE = /(\s)([^\s"'<>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Renames the `style` attribute of every tag; text between tags (Monaco escapes `<`) is left as it is. */
export function deferInlineStyles(html: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(ATTRIBUTE, (whole, space: string, name: string, value: string | undefined) =>
      name.toLowerCase() === "style" && value !== undefined ? `${space}${DEFERRED}${value}` : whole,
    ),
  );
}

/** Applies the renamed styles found under `scope` through CSSOM and drops the renamed attributes. */
export function applyDeferredStyles(scope: ParentNode): void {
  for (const element of scope.querySelectorAll<HTMLElement | SVGElement>(`[${DEFERRED}]`)) {
    element.style.cssText = element.getAttribute(DEFERRED) ?? "";
    element.removeAttribute(DEFERRED);
  }
}

interface PolicyOptions {
  createHTML?: (input: string, ...rest: unknown[]) => string;
  createScript?: (input: string, ...rest: unknown[]) => string;
  createScriptURL?: (input: string, ...rest: unknown[]) => string;
}

/**
 * Stands in for Monaco's `createTrustedTypesPolicy`: the console's CSP does not require Trusted
 * Types, so the policy is Monaco's own functions, with its HTML marked for deferred styles.
 */
export function createDeferredStylePolicy(name: string, options: PolicyOptions) {
  installMarkupSetters();
  const { createHTML } = options;
  return {
    name,
    ...options,
    ...(createHTML ? { createHTML: (input: string, ...rest: unknown[]) => new DeferredStyleMarkup(deferInlineStyles(createHTML(input, ...rest))) } : {}),
  };
}

let installed = false;

/**
 * Teaches `innerHTML` and `insertAdjacentHTML` to apply deferred styles, for markup made by the
 * policies above only: any other value takes the browser's own path unchanged.
 */
function installMarkupSetters(): void {
  if (installed) return;
  installed = true;
  const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, "innerHTML")!;
  Object.defineProperty(Element.prototype, "innerHTML", {
    ...innerHTML,
    set(this: Element, value: unknown) {
      if (!(value instanceof DeferredStyleMarkup)) return innerHTML.set!.call(this, value);
      innerHTML.set!.call(this, value.markup);
      applyDeferredStyles(this);
    },
  });
  const insertAdjacentHTML = Element.prototype.insertAdjacentHTML;
  Element.prototype.insertAdjacentHTML = function (this: Element, position: InsertPosition, value: string) {
    if (!((value as unknown) instanceof DeferredStyleMarkup)) return insertAdjacentHTML.call(this, position, value);
    const parent = this.parentNode;
    insertAdjacentHTML.call(this, position, (value as unknown as DeferredStyleMarkup).markup);
    const outside = /^(beforebegin|afterend)$/i.test(position);
    applyDeferredStyles(outside ? parent! : this);
  };
}
