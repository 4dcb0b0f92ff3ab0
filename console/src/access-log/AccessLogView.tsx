import { Page } from "../ui/Page";

export default function AccessLogView() {
  return (
    <Page title="AccessLogView">
      <p>Not built yet.</p>
    </Page>
  );
}
