import { codeOf, type HubError, HubRequestError, meaningOf } from "../graphql/hub-error";

/** The hub's errors as a person reads them: what happened, what the code means, and the code itself. */
export function ErrorNotice({ error, title = "The hub refused this" }: { error: unknown; title?: string }) {
  const errors: HubError[] =
    error instanceof HubRequestError ? error.errors : error instanceof Error ? [{ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }] : [];
  if (errors.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}</strong>
      <ul>
        {errors.map((e, i) => (
          <HubErrorLine key={i} error={e} />
        ))}
      </ul>
    </div>
  );
}

export function HubErrorLine({ error }: { error: HubError }) {
  const code = codeOf(error);
  const meaning = meaningOf(code);
  return (
    <li>
      {error.message} <code className="error-code">{code}</code>
      {meaning && meaning !== error.message ? <span className="error-meaning"> {meaning}</span> : null}
      {error.extensions?.errorId ? <span className="error-id"> Error id: {String(error.extensions.errorId)}</span> : null}
    </li>
  );
}
