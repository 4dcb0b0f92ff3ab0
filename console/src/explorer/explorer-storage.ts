import type { Storage } from "@graphiql/toolkit";

/**
 * Where GraphiQL keeps its tabs, query history and settings. GraphiQL's default is localStorage, which
 * outlives the session and is shared by whoever signs in next in this browser: the console keeps
 * nothing there (the token lives in sessionStorage). This is the tab's sessionStorage, with one
 * namespace per identity, so that signing in as someone else never shows the last person's queries.
 *
 * GraphiQL's tab list is not kept: the explorer edits one document, the one in the URL, and a stored
 * tab list would gather a hidden tab for every link opened.
 */
const NOT_KEPT = new Set(["tabState"]);

export function createExplorerStorage(identity: string, backing: globalThis.Storage = sessionStorage): Storage {
  const prefix = `console-explorer:${identity}:`;
  const ownKeys = () => {
    const keys: string[] = [];
    for (let i = 0; i < backing.length; i++) {
      const key = backing.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  };
  return {
    getItem: (key) => (NOT_KEPT.has(key) ? null : backing.getItem(prefix + key)),
    setItem: (key, value) => {
      if (!NOT_KEPT.has(key)) backing.setItem(prefix + key, value);
    },
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => ownKeys().forEach((key) => backing.removeItem(key)),
    get length() {
      return ownKeys().length;
    },
  };
}
