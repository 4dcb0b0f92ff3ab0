import { Link } from "react-router";
import { type Evidence, evidenceView } from "./evidence-view";

/**
 * The records an assessment cites, each as far as its owner lets the reader see it: the record's own
 * title and facts (an incident links to the incidents view), or the line saying the owner vouched for
 * it and the reader may not see it.
 */
export function EvidenceList({ evidence, unanswered }: { evidence: readonly Evidence[]; unanswered: ReadonlySet<string> }) {
  if (evidence.length === 0) return <p className="hint">No evidence cited.</p>;
  return (
    <ul className="cmp-evidence" aria-label="Evidence">
      {evidence.map((cited) => {
        const view = evidenceView(cited, unanswered);
        return (
          <li key={`${cited.kind}-${cited.country}-${cited.id}`} data-testid="evidence" data-evidence={view.kind} data-kind={cited.kind}>
            <span className="cmp-evidence-what">{view.what}</span>{" "}
            {view.kind === "record" ? (
              <>
                {view.href ? <Link to={view.href}>{view.title}</Link> : <span className="cmp-evidence-title">{view.title}</span>}
                <span className="cmp-evidence-facts"> · {view.facts.join(" · ")}</span>
              </>
            ) : (
              <span className="cmp-evidence-withheld">{view.text}</span>
            )}
            <span className="cmp-evidence-id">
              {cited.country} <span className="mono">{cited.id}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
