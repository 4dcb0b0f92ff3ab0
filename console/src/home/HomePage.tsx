import { Link } from "react-router";
import { viewsFor } from "../app/views";
import { useSignedIn } from "../session/session-context";
import { Page } from "../ui/Page";

export function HomePage() {
  const { me } = useSignedIn();
  const views = viewsFor(me);
  return (
    <Page title={`Welcome, ${me.subject}`}>
      <p>
        The hub sees you as <strong>{me.roles.join(", ") || "no role"}</strong> of <strong>{me.country}</strong>. These are the views your role can use:
      </p>
      <ul className="view-cards">
        {views.map((view) => (
          <li key={view.id} className="card">
            <h2>
              <Link to={view.path}>{view.title}</Link>
            </h2>
            <p>{view.summary}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function NotFoundPage() {
  return (
    <Page title="No such page">
      <p>
        This address is not a page of the console. <Link to="/">Go to the start page</Link>.
      </p>
    </Page>
  );
}
