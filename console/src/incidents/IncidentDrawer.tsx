import type { IncidentDetailQuery } from "../gql/graphql";
import { useHubQuery } from "../graphql/use-hub";
import { unavailableCountries } from "../graphql/hub-error";
import type { HubResult } from "../graphql/hub-request";
import { useSignedIn } from "../session/session-context";
import { Drawer } from "../ui/Drawer";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { IncidentDetailDocument } from "./incident-documents";
import type { IncidentKey } from "./incident-filters";
import { IncidentFacts } from "./IncidentFacts";
import { IncidentRevisions } from "./IncidentRevisions";
import { NotificationClock } from "./NotificationClock";
import { RelatedIncidents } from "./RelatedIncidents";
import { SystemSection } from "./SystemSection";

export type IncidentDetail = NonNullable<NonNullable<IncidentDetailQuery["country"]>["incident"]>;

/** The incident named in the URL, asked of its owning country (which decides whether the caller may see it). */
export function IncidentDrawer({ incident, onClose }: { incident: IncidentKey | undefined; onClose(): void }) {
  const query = useHubQuery(IncidentDetailDocument, { code: incident?.country ?? "", id: incident?.id ?? "" }, { enabled: incident !== undefined });
  const detail = query.data?.data?.country?.incident;
  return (
    <Drawer title={detail?.title ?? "Incident"} open={incident !== undefined} onClose={onClose}>
      {incident === undefined ? null : query.isPending ? (
        <Loading what={`the incident from ${incident.country}`} />
      ) : query.error ? (
        <ErrorNotice error={query.error} title={`${incident.country} did not give this incident`} />
      ) : (
        <IncidentBody incident={incident} answer={query.data!} />
      )}
    </Drawer>
  );
}

function IncidentBody({ incident, answer }: { incident: IncidentKey; answer: HubResult<IncidentDetailQuery> }) {
  const { me } = useSignedIn();
  const country = answer.data?.country;
  const detail = country?.incident;
  const ownerDown = unavailableCountries(answer.errors).some((m) => m.country === incident.country);
  return (
    <div className="incident-detail" data-testid="incident-detail" data-incident-id={incident.id} data-country={incident.country}>
      <PartialAnswer errors={answer.errors} />
      {!country ? (
        <p className="notice notice-info">{incident.country} is not a participant in the hub's directory.</p>
      ) : !detail ? (
        ownerDown ? (
          <p className="notice notice-warning">This incident belongs to {country.name}, which did not answer: it cannot be shown now.</p>
        ) : (
          <p className="notice notice-info" data-testid="incident-not-visible">
            {country.name} gave no incident with this id: it does not exist, or you may not see it (the hub does not tell these apart).
          </p>
        )
      ) : (
        <>
          <IncidentFacts incident={detail} countryName={country.name} />
          <NotificationClock incident={detail} />
          <SystemSection system={detail.system} />
          <RelatedIncidents related={detail.relatedIncidents} errors={answer.errors} />
          {detail.country === me.country ? <IncidentRevisions id={detail.id} /> : null}
        </>
      )}
    </div>
  );
}
