import { Page } from "../ui/Page";

export default function ExplorerView() {
  return (
    <Page title="ExplorerView">
      <p>Not built yet.</p>
    </Page>
  );
}
