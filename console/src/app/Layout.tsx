import { Suspense, useEffect, useRef } from "react";
import { Navigate, NavLink, Outlet, useLocation } from "react-router";
import { useSession, useSignedIn } from "../session/session-context";
import { formatDateTime } from "../ui/format";
import { Loading } from "../ui/Page";
import { viewsFor } from "./views";

/** Signed-in pages: the header says who the hub sees; the navigation lists only the views the role can use. */
export function Layout() {
  const { session, restoring } = useSession();
  const location = useLocation();
  if (restoring) return <Loading what="your session" />;
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <SignedInLayout />;
}

function SignedInLayout() {
  const { me } = useSignedIn();
  const { signOutEverywhere } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // After a navigation, focus moves to the new view's heading (a screen reader announces it).
  useEffect(() => {
    const heading = main.current?.querySelector<HTMLElement>("#page-title");
    heading?.focus({ preventScroll: true });
  }, [location.pathname]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <NavLink to="/" className="brand">
          AI-safety hub
        </NavLink>
        <WhoAmI />
        <button type="button" className="sign-out" onClick={() => void signOutEverywhere()}>
          Sign out
        </button>
      </header>
      <nav aria-label="Views" className="views-nav">
        <ul>
          {viewsFor(me).map((view) => (
            <li key={view.id}>
              <NavLink to={view.path}>{view.title}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main}>
        <Suspense fallback={<Loading what="the view" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

function WhoAmI() {
  const { me } = useSignedIn();
  const expires = me.expiresAt ? new Date(me.expiresAt) : undefined;
  return (
    <dl className="who-am-i" aria-label="Signed in as">
      <div>
        <dt>Country</dt>
        <dd data-testid="me-country">{me.country}</dd>
      </div>
      <div>
        <dt>Roles</dt>
        <dd data-testid="me-roles">{me.roles.join(", ") || "none"}</dd>
      </div>
      <div>
        <dt>Scopes</dt>
        <dd>{me.scopes.length ? me.scopes.join(" ") : "none (the roles' rights)"}</dd>
      </div>
      <div>
        <dt>Expires</dt>
        <dd>{expires ? <time dateTime={expires.toISOString()}>{formatDateTime(me.expiresAt)}</time> : "unknown"}</dd>
      </div>
    </dl>
  );
}
