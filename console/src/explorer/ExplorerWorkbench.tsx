import {
  CopyIcon,
  ExecuteButton,
  PrettifyIcon,
  QueryEditor,
  ResponseEditor,
  Spinner,
  ToolbarButton,
  Tooltip,
  VariableEditor,
  pick,
  useGraphiQL,
  useGraphiQLActions,
  useMonaco,
} from "@graphiql/react";
import { DOC_EXPLORER_PLUGIN } from "@graphiql/plugin-doc-explorer";
import { useEffect, useId, useState } from "react";
import { describeResponse, type ResponseSummary } from "./describe-response";

interface Props {
  onEditQuery(value: string): void;
  onEditVariables(value: string): void;
}

/**
 * GraphiQL's editors, result and documentation explorer (from @graphiql/react), laid out for the
 * console: labelled regions with headings, real buttons with text, one column on a phone. GraphiQL's
 * own frame (GraphiQLInterface) is left out: its tabs nest buttons in tabs and its history list labels
 * every entry "Set active" (both refused by axe), and it needs about 850 px of width.
 */
export function ExplorerWorkbench({ onEditQuery, onEditVariables }: Props) {
  const ids = useId();
  const hasMonaco = useMonaco((state) => Boolean(state.monaco));
  const { visiblePlugin, isFetching, initialVariables, fetchError, isIntrospecting } = useGraphiQL(
    pick("visiblePlugin", "isFetching", "initialVariables", "fetchError", "isIntrospecting"),
  );
  const { setVisiblePlugin, prettifyEditors, copyQuery, introspect } = useGraphiQLActions();
  const [variablesShown, setVariablesShown] = useState(() => Boolean(initialVariables?.trim()));
  const summary = useResponseSummary();
  const docsShown = visiblePlugin === DOC_EXPLORER_PLUGIN;
  const Docs = DOC_EXPLORER_PLUGIN.content;

  return (
    <Tooltip.Provider>
      <div className={`graphiql-container explorer-workbench${docsShown ? " with-docs" : ""}`}>
        <div className="explorer-bar">
          <button type="button" aria-expanded={docsShown} aria-controls={`${ids}-docs-pane`} onClick={() => setVisiblePlugin(docsShown ? null : DOC_EXPLORER_PLUGIN)}>
            {docsShown ? "Hide" : "Show"} documentation
          </button>
          <button type="button" onClick={() => void introspect()} disabled={isIntrospecting}>
            {isIntrospecting ? "Reading the schema…" : "Reload schema"}
          </button>
          {fetchError ? (
            <p className="explorer-schema-error" role="alert">
              The schema could not be read: {fetchError}
            </p>
          ) : null}
        </div>
        <section className="explorer-pane explorer-operation" aria-labelledby={`${ids}-operation`}>
          <div className="explorer-pane-header">
            <h2 id={`${ids}-operation`}>Operation</h2>
            <div className="explorer-tools" role="toolbar" aria-label="Operation commands">
              <ExecuteButton />
              <ToolbarButton onClick={() => void prettifyEditors()} label="Prettify the operation">
                <PrettifyIcon className="explorer-tool-icon" aria-hidden="true" />
              </ToolbarButton>
              <ToolbarButton onClick={() => void copyQuery()} label="Copy the operation">
                <CopyIcon className="explorer-tool-icon" aria-hidden="true" />
              </ToolbarButton>
            </div>
          </div>
          <div className="explorer-editor graphiql-query-editor" data-testid="explorer-operation-editor">
            {hasMonaco ? <QueryEditor onEdit={onEditQuery} /> : <Spinner />}
          </div>
          <div className="explorer-variables">
            <button
              type="button"
              className="explorer-disclosure"
              aria-expanded={variablesShown}
              aria-controls={`${ids}-variables`}
              onClick={() => setVariablesShown((shown) => !shown)}
            >
              Variables
            </button>
            <div id={`${ids}-variables`} className="explorer-variables-editor" hidden={!variablesShown}>
              {hasMonaco ? <VariableEditor onEdit={onEditVariables} /> : null}
            </div>
          </div>
        </section>

        <section className="explorer-pane explorer-result" aria-labelledby={`${ids}-result`}>
          <div className="explorer-pane-header">
            <h2 id={`${ids}-result`}>Result</h2>
            <p className={`explorer-status status-${isFetching ? "running" : summary.state}`} role="status" data-testid="explorer-status" data-state={isFetching ? "running" : summary.state}>
              {isFetching ? "Running…" : summary.text}
            </p>
          </div>
          <div className="explorer-editor graphiql-response" data-testid="explorer-result">
            {isFetching ? <Spinner /> : null}
            {hasMonaco ? <ResponseEditor /> : null}
          </div>
        </section>

        <section className="explorer-pane explorer-docs" aria-labelledby={`${ids}-docs`} id={`${ids}-docs-pane`} hidden={!docsShown}>
          <div className="explorer-pane-header">
            <h2 id={`${ids}-docs`}>Documentation</h2>
          </div>
          <div className="explorer-docs-body graphiql-plugin" data-testid="explorer-docs">
            {docsShown ? <Docs /> : null}
          </div>
        </section>
      </div>
    </Tooltip.Provider>
  );
}

/** Follows the result pane's text (GraphiQL writes it into the response editor) as a summary. */
function useResponseSummary(): ResponseSummary {
  const { responseEditor } = useGraphiQL(pick("responseEditor"));
  const [summary, setSummary] = useState(() => describeResponse(""));
  useEffect(() => {
    if (!responseEditor) return;
    setSummary(describeResponse(responseEditor.getValue()));
    const subscription = responseEditor.onDidChangeModelContent(() => setSummary(describeResponse(responseEditor.getValue())));
    return () => subscription.dispose();
  }, [responseEditor]);
  return summary;
}
