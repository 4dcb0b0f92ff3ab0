import { codeOf, type HubError, unavailableCountries } from "../graphql/hub-error";
import { HubErrorLine } from "./ErrorNotice";

/**
 * Says plainly what an answer is missing: one banner per country that did not answer (with the hub's
 * reason), then any other error that came beside the data. The data itself stays on screen.
 */
export function PartialAnswer({ errors }: { errors: readonly HubError[] }) {
  const missing = unavailableCountries(errors);
  const others = errors.filter((e) => codeOf(e) !== "NATION_UNAVAILABLE");
  if (missing.length === 0 && others.length === 0) return null;
  return (
    <div className="partial">
      {missing.map((m) => (
        <div key={m.country} className="notice notice-warning" role="status" data-missing-country={m.country}>
          <strong>No answer from {m.country}</strong> ({m.reason.replaceAll("_", " ")}): {m.message} The rest is shown below.{" "}
          <code className="error-code">NATION_UNAVAILABLE</code>
        </div>
      ))}
      {others.length > 0 ? (
        <div className="notice notice-warning" role="status">
          <strong>Part of this answer was refused</strong>
          <ul>
            {others.map((e, i) => (
              <HubErrorLine key={i} error={e} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
