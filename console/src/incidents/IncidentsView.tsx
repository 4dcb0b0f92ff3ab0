import { Page } from "../ui/Page";

export default function IncidentsView() {
  return (
    <Page title="IncidentsView">
      <p>Not built yet.</p>
    </Page>
  );
}
