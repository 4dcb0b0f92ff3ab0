import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading, Page } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { ReportContextDocument } from "./documents";
import { FiledIncidentCard } from "./FiledIncidentCard";
import { emptyIncidentForm, type IncidentFormValues } from "./incident-form";
import { NotificationSummary, OpenNotifications } from "./OpenNotifications";
import { OwnIncidents } from "./OwnIncidents";
import { type FiledIncident, ReportForm } from "./ReportForm";
import { ReviseDrawer } from "./ReviseDrawer";
import { SubmissionKey } from "./submission-key";
import "./report.css";

const SECTIONS = [
  { id: "report", title: "File a report" },
  { id: "incidents", title: "Revise incidents" },
  { id: "notifications", title: "72-hour notifications" },
] as const;
type SectionId = (typeof SECTIONS)[number]["id"];

/**
 * View 2: a regulator files incidents in its own country's register, revises them, and watches the
 * 72-hour notification clocks. The section and the open incident are in the URL.
 */
export default function ReportView() {
  const [params] = useSearchParams();
  const requested = params.get("section");
  const section: SectionId = SECTIONS.some((s) => s.id === requested) ? (requested as SectionId) : "report";
  const context = useHubQuery(ReportContextDocument, {});
  // The draft and the last filing live here, so that looking at another section keeps them.
  const [draft, setDraft] = useState<IncidentFormValues>(emptyIncidentForm);
  const [filed, setFiled] = useState<FiledIncident>();
  const [submissionKey] = useState(() => new SubmissionKey());
  const country = context.data?.data?.myCountry;
  const systems = country?.systems ?? undefined;

  return (
    <Page title="Report and revise">
      <NotificationSummary />
      <nav aria-label="Sections of Report and revise" className="section-tabs">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link to={{ search: s.id === "report" ? "" : `?section=${s.id}` }} aria-current={s.id === section ? "page" : undefined}>
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {context.error ? <ErrorNotice error={context.error} title="Your country's register could not be reached" /> : null}
      {context.data ? <PartialAnswer errors={context.data.errors} /> : null}
      {section === "report" ? (
        context.isPending ? (
          <Loading what="your country's register" />
        ) : filed ? (
          <FiledIncidentCard
            incident={filed}
            onFileAnother={() => {
              setFiled(undefined);
              setDraft(emptyIncidentForm());
            }}
          />
        ) : country ? (
          <ReportForm country={country.code} systems={systems} values={draft} submissionKey={submissionKey} onValuesChange={setDraft} onFiled={setFiled} />
        ) : null
      ) : section === "incidents" ? (
        <OwnIncidents />
      ) : (
        <OpenNotifications />
      )}
      <ReviseDrawer systems={systems} />
    </Page>
  );
}
