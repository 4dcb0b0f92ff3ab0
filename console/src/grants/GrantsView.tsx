import { Page } from "../ui/Page";

export default function GrantsView() {
  return (
    <Page title="GrantsView">
      <p>Not built yet.</p>
    </Page>
  );
}
