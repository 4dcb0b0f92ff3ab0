import { codeOf, type HubError, unavailableCountries } from "../graphql/hub-error";
import { PartialAnswer } from "../ui/PartialAnswer";

/** Beyond this many, countries that did not answer are named in one notice rather than one banner each. */
const BANNERS_MAX = 3;

/**
 * What the indicators' answer is missing. A few countries get the console's usual banner each; with
 * fifty participants a slow moment can leave many out, and fifty banners would push the matrix off the
 * screen, so they are named together, by reason, in one notice.
 */
export function IndicatorGaps({ errors }: { errors: readonly HubError[] }) {
  const missing = unavailableCountries(errors);
  if (missing.length <= BANNERS_MAX) return <PartialAnswer errors={errors} />;
  const byReason = new Map<string, string[]>();
  for (const { country, reason } of missing) byReason.set(reason, [...(byReason.get(reason) ?? []), country]);
  return (
    <>
      <div className="notice notice-warning" role="status" data-missing-countries={missing.map((m) => m.country).join(" ")}>
        <strong>
          No indicators from {missing.length} countries: their deployments did not answer. The matrix itself is complete; their rows say "No answer".
        </strong>{" "}
        <code className="error-code">NATION_UNAVAILABLE</code>
        <ul>
          {[...byReason].map(([reason, countries]) => (
            <li key={reason}>
              {reason.replaceAll("_", " ")}:{" "}
              {countries.map((country, index) => (
                <span key={country} data-missing-country={country}>
                  {index > 0 ? ", " : ""}
                  {country}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
      <PartialAnswer errors={errors.filter((error) => codeOf(error) !== "NATION_UNAVAILABLE")} />
    </>
  );
}
