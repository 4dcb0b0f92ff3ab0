import { describe, expect, it } from "vitest";
import { DeferredStyleMarkup, deferInlineStyles } from "./deferred-inline-styles";

describe("deferInlineStyles", () => {
  it("renames the style attribute of Monaco's line markup", () => {
    const line = '<div style="top:19px;height:19px;" class="view-line"><span><span class="mtk1">query</span></span></div>';
    expect(deferInlineStyles(line)).toBe('<div data-csp-style="top:19px;height:19px;" class="view-line"><span><span class="mtk1">query</span></span></div>');
  });

  it("leaves the text between tags alone, even text that reads like a style attribute", () => {
    const line = '<span class="mtk5"> style="color:red" </span>';
    expect(deferInlineStyles(line)).toBe(line);
  });

  it("leaves attribute values alone, and attributes merely ending in style", () => {
    const tag = `<div title='a style="x"' data-style="kept" class="c" style='left:3px'>`;
    expect(deferInlineStyles(tag)).toBe(`<div title='a style="x"' data-style="kept" class="c" data-csp-style='left:3px'>`);
  });

  it("handles several tags and upper case", () => {
    expect(deferInlineStyles('<A STYLE="a:1"></A><b style="b:2">x</b>')).toBe('<A data-csp-style="a:1"></A><b data-csp-style="b:2">x</b>');
  });

  it("marks policy output so that the patched setters recognise it, and reads as the safe markup", () => {
    const markup = new DeferredStyleMarkup('<i data-csp-style="x:1"></i>');
    expect(String(markup)).toBe('<i data-csp-style="x:1"></i>');
  });
});
