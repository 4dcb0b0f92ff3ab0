import { useState } from "react";
import { useSearchParams } from "react-router";
import { useHubQuery } from "../graphql/use-hub";
import { Drawer } from "../ui/Drawer";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatDateTime, humanize } from "../ui/format";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { OwnIncidentDocument } from "./documents";
import { formValuesOf } from "./incident-form";
import type { SystemChoice } from "./IncidentFields";
import { NotificationClock } from "./NotificationClock";
import { ReviseForm } from "./ReviseForm";
import { RevisionHistory } from "./RevisionHistory";
import { useNow } from "../ui/use-now";

/** The incident named by `?incident=` in a drawer: its state, the revise form and its history. */
export function ReviseDrawer({ systems }: { systems: readonly SystemChoice[] | undefined }) {
  const [params, setParams] = useSearchParams();
  const id = params.get("incident");
  const close = () => {
    const next = new URLSearchParams(params);
    next.delete("incident");
    setParams(next);
  };
  return (
    <Drawer title="Revise an incident" open={id !== null} onClose={close}>
      {id ? <ReviseIncident key={id} id={id} systems={systems} /> : null}
    </Drawer>
  );
}

function ReviseIncident({ id, systems }: { id: string; systems: readonly SystemChoice[] | undefined }) {
  const query = useHubQuery(OwnIncidentDocument, { id });
  const now = useNow();
  const [revisedAt, setRevisedAt] = useState<string>();
  if (query.isPending) return <Loading what="the incident" />;
  if (query.error) return <ErrorNotice error={query.error} title="The incident could not be read" />;
  const country = query.data.data?.myCountry;
  const incident = country?.incident;
  if (!country || !incident) {
    return (
      <>
        <PartialAnswer errors={query.data.errors} />
        <p className="notice notice-info">
          {country?.code ?? "Your country"} has no incident with the id <code>{id}</code>.
        </p>
      </>
    );
  }
  return (
    <div className="revise" data-testid="revise-incident">
      <PartialAnswer errors={query.data.errors} />
      <h3 className="revise-title">{incident.title}</h3>
      {incident.demo ? <p className="tag">Demo record: not a real event</p> : null}
      <dl className="facts">
        <div>
          <dt>Id</dt>
          <dd>
            <code>{incident.id}</code>
          </dd>
        </div>
        <div>
          <dt>Severity, classification</dt>
          <dd>
            {humanize(incident.severity)}, {humanize(incident.classification)}
          </dd>
        </div>
        <div>
          <dt>Reported at</dt>
          <dd>{formatDateTime(incident.reportedAt)}</dd>
        </div>
        <div>
          <dt>72-hour deadline</dt>
          <dd>{incident.notificationDeadline ? formatDateTime(incident.notificationDeadline) : "None: not a high-risk deployment"}</dd>
        </div>
        <div>
          <dt>Notification</dt>
          <dd>
            <NotificationClock status={incident.notificationStatus} deadline={incident.notificationDeadline} now={now} />
          </dd>
        </div>
      </dl>
      {revisedAt ? (
        <p className="notice notice-info" role="status" data-testid="revision-saved">
          <span aria-hidden="true">✔ </span>Revision saved at {formatDateTime(revisedAt)}; the form shows the record as it is now.
        </p>
      ) : null}
      {incident.finalReportAt ? (
        <p className="notice notice-info">The final report closed this record on {formatDateTime(incident.finalReportAt)}: it takes no further updates.</p>
      ) : (
        <ReviseForm
          // After a revision the form starts again from the record as the hub now holds it.
          key={incident.updatedAt ?? incident.reportedAt}
          incidentId={incident.id}
          country={country.code}
          original={formValuesOf(incident)}
          systems={systems}
          onRevised={setRevisedAt}
        />
      )}
      <RevisionHistory revisions={incident.revisions} />
    </div>
  );
}
