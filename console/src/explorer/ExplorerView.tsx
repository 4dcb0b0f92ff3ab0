// Monaco's workers must be known before GraphiQL starts its editors.
import "./monaco-workers";
// GraphiQL's styles without its bundled fonts (data: URLs, which the CSP refuses; the console uses system fonts).
import "@graphiql/react/style.css";
import "@graphiql/plugin-doc-explorer/style.css";
import "./explorer.css";
import { DOC_EXPLORER_PLUGIN, DocExplorerStore } from "@graphiql/plugin-doc-explorer";
import { GraphiQLProvider } from "@graphiql/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { GRAPHQL_URL } from "../graphql/hub-request";
import { useSignedIn } from "../session/session-context";
import { Page } from "../ui/Page";
import { defaultQueryFor } from "./default-query";
import { createExplorerStorage } from "./explorer-storage";
import { ExplorerWorkbench } from "./ExplorerWorkbench";

const PLUGINS = [DOC_EXPLORER_PLUGIN];

/**
 * GraphiQL on the hub's API, as the signed-in person: every request, introspection included, goes to
 * this origin's /graphql with the session's token. The operation and its variables are kept in the URL
 * (`?query=…&variables=…`): a query can be shared as a link, and survives a reload.
 */
export default function ExplorerView() {
  const { token, me } = useSignedIn();
  const [searchParams, setSearchParams] = useSearchParams();
  // Read once: GraphiQL owns the editors once it starts; the URL then follows them.
  const [initial] = useState(() => ({ query: searchParams.get("query") ?? undefined, variables: searchParams.get("variables") ?? undefined }));

  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: GRAPHQL_URL,
        headers: { authorization: `Bearer ${token}` },
        // The gateway answers plain JSON: no multipart reader.
        enableIncrementalDelivery: false,
      }),
    [token],
  );
  const storage = useMemo(() => createExplorerStorage(`${me.country}:${me.subject}`), [me.country, me.subject]);
  const defaultQuery = useMemo(() => defaultQueryFor(me), [me]);

  // The URL follows the editors once typing pauses, replacing the history entry (Back leaves the explorer).
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const follow = useCallback(
    (name: "query" | "variables", value: string) => {
      pending.current.set(name, value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const edits = new Map(pending.current);
        pending.current.clear();
        setSearchParams(
          (params) => {
            const next = new URLSearchParams(params);
            for (const [key, text] of edits) {
              if (text.trim()) next.set(key, text);
              else next.delete(key);
            }
            return next;
          },
          { replace: true, preventScrollReset: true },
        );
      }, 400);
    },
    [setSearchParams],
  );

  return (
    <Page title="Explorer">
      <p className="hint">
        GraphiQL on the hub's API, signed in as {me.subject} ({me.country}): every request carries your session's token. Ctrl-Enter runs the
        operation, Ctrl-Space suggests what fits, Ctrl-click on a field opens its documentation. With the keyboard: Enter on an editor starts
        typing in it; Ctrl-M, then Tab, moves on.
      </p>
      <div className="explorer-frame" data-testid="explorer">
        <GraphiQLProvider
          fetcher={fetcher}
          storage={storage}
          defaultQuery={defaultQuery}
          initialQuery={initial.query}
          initialVariables={initial.variables}
          plugins={PLUGINS}
          referencePlugin={DOC_EXPLORER_PLUGIN}
          shouldPersistHeaders={false}
          defaultTheme="light"
        >
          <DocExplorerStore>
            <ExplorerWorkbench onEditQuery={(value) => follow("query", value)} onEditVariables={(value) => follow("variables", value)} />
          </DocExplorerStore>
        </GraphiQLProvider>
      </div>
    </Page>
  );
}
