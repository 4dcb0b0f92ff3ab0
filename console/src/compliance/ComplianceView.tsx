import { Page } from "../ui/Page";

export default function ComplianceView() {
  return (
    <Page title="ComplianceView">
      <p>Not built yet.</p>
    </Page>
  );
}
