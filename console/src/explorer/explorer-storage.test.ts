import { describe, expect, it } from "vitest";
import { createExplorerStorage } from "./explorer-storage";

/** A Storage in memory, as sessionStorage behaves. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

describe("createExplorerStorage", () => {
  it("keeps each identity's entries apart", () => {
    const backing = memoryStorage();
    const jp = createExplorerStorage("JP:jp-regulator", backing);
    const us = createExplorerStorage("US:us-regulator", backing);
    jp.setItem("query", "{ me { country } }");
    expect(jp.getItem("query")).toBe("{ me { country } }");
    expect(us.getItem("query")).toBeNull();
    expect(jp.length).toBe(1);
    expect(us.length).toBe(0);
  });

  it("clears only its own identity's entries", () => {
    const backing = memoryStorage();
    const jp = createExplorerStorage("JP:jp-regulator", backing);
    backing.setItem("console-token", "kept");
    jp.setItem("query", "a");
    jp.setItem("variables", "b");
    jp.clear();
    expect(jp.length).toBe(0);
    expect(backing.getItem("console-token")).toBe("kept");
  });

  it("keeps no tab list: the explorer edits one document, the one in the URL", () => {
    const jp = createExplorerStorage("JP:jp-regulator", memoryStorage());
    jp.setItem("tabState", JSON.stringify({ activeTabIndex: 0, tabs: [] }));
    expect(jp.getItem("tabState")).toBeNull();
    expect(jp.length).toBe(0);
  });
});
