import { Page } from "../ui/Page";

export default function ReportView() {
  return (
    <Page title="ReportView">
      <p>Not built yet.</p>
    </Page>
  );
}
