import { formatDate, humanize } from "../ui/format";
import type { IncidentDetail } from "./IncidentDrawer";

type System = NonNullable<IncidentDetail["system"]>;

/** The AI system involved, where it is deployed, and its provenance label. */
export function SystemSection({ system }: { system: System | null }) {
  return (
    <section aria-labelledby="incident-system-title">
      <h3 id="incident-system-title">AI system</h3>
      {!system ? (
        <p className="muted">No system is recorded, or you may not see it (the hub does not tell these apart).</p>
      ) : (
        <>
          <p>
            <strong>{system.name}</strong>
            {system.demo ? <span className="tag">Demo</span> : null}
          </p>
          <p>{system.description}</p>
          <dl className="facts">
            <dt>Developer</dt>
            <dd>
              <Organisation organisation={system.developer} />
            </dd>
            <dt>Weights</dt>
            <dd>{humanize(system.weights)}</dd>
            <dt>Risk tier</dt>
            <dd>{humanize(system.riskTier)}</dd>
            <dt>Classification</dt>
            <dd>{humanize(system.classification)}</dd>
          </dl>
          <h4>Deployments</h4>
          {system.deployments.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul className="plain-list">
              {system.deployments.map((d) => (
                <li key={d.id}>
                  <strong>{d.setting}</strong> by <Organisation organisation={d.deployer} />, since {formatDate(d.deployedAt)}; {d.highRisk ? "high-risk" : "not high-risk"};{" "}
                  {d.redTeamedBeforeDeployment ? "red-teamed before deployment" : "no completed red-team exercise before deployment"}
                  {d.missingRedTeam ? <strong className="flag"> Flagged: high-risk deployment without a prior red-team exercise</strong> : null}
                </li>
              ))}
            </ul>
          )}
          <Provenance provenance={system.provenance} />
        </>
      )}
    </section>
  );
}

function Provenance({ provenance }: { provenance: System["provenance"] }) {
  return (
    <>
      <h4>Provenance label</h4>
      {!provenance ? (
        <p className="muted">This system has no provenance label.</p>
      ) : (
        <>
          <h5>Training sources</h5>
          {provenance.trainingSources.length === 0 ? (
            <p className="muted">None listed.</p>
          ) : (
            <ul className="plain-list">
              {provenance.trainingSources.map((source) => (
                <li key={source.name}>
                  <strong>{source.name}</strong> ({humanize(source.kind)}){source.description ? `: ${source.description}` : null}
                </li>
              ))}
            </ul>
          )}
          <h5>Releases</h5>
          {provenance.releases.length === 0 ? (
            <p className="muted">None listed.</p>
          ) : (
            <ol className="plain-list">
              {provenance.releases.map((release) => (
                <li key={release.version}>
                  <strong>{release.version}</strong>, {formatDate(release.releasedAt)}: {release.changes}
                  {release.architectureChange ? <strong className="flag"> Major architecture change</strong> : null}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}

/** An organisation and its country, which demo names already carry ("Demo developer (JP)"). */
function Organisation({ organisation }: { organisation: { name: string; country: string } }) {
  return <>{organisation.name.includes(`(${organisation.country})`) ? organisation.name : `${organisation.name} (${organisation.country})`}</>;
}
