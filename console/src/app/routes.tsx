import { lazy, type ReactNode } from "react";
import { createBrowserRouter } from "react-router";
import { HomePage, NotFoundPage } from "../home/HomePage";
import { SignedInPage } from "../session/SignedInPage";
import { SignedOutPage } from "../session/SignedOutPage";
import { SignInPage } from "../session/SignInPage";
import { Layout } from "./Layout";
import { ViewGate } from "./ViewGate";
import type { ConsoleView } from "./views";

// Each view is its own chunk: the first view loads no chart library and no editor.
const IncidentsView = lazy(() => import("../incidents/IncidentsView"));
const ReportView = lazy(() => import("../reporting/ReportView"));
const ComplianceView = lazy(() => import("../compliance/ComplianceView"));
const ReviewQueueView = lazy(() => import("../compliance/ReviewQueueView"));
const GrantsView = lazy(() => import("../grants/GrantsView"));
const AccessLogView = lazy(() => import("../access-log/AccessLogView"));
const ExplorerView = lazy(() => import("../explorer/ExplorerView"));

const gated = (id: ConsoleView["id"], element: ReactNode) => <ViewGate id={id}>{element}</ViewGate>;

export const CONSOLE_BASENAME = "/console";

export function createConsoleRouter() {
  return createBrowserRouter(
    [
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/signed-in", element: <SignedInPage /> },
      { path: "/signed-out", element: <SignedOutPage /> },
      {
        element: <Layout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "incidents", element: gated("incidents", <IncidentsView />) },
          { path: "report", element: gated("report", <ReportView />) },
          { path: "compliance", element: gated("compliance", <ComplianceView />) },
          { path: "review-queue", element: gated("review-queue", <ReviewQueueView />) },
          { path: "grants", element: gated("grants", <GrantsView />) },
          { path: "access-log", element: gated("access-log", <AccessLogView />) },
          { path: "explorer", element: gated("explorer", <ExplorerView />) },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
    { basename: CONSOLE_BASENAME },
  );
}
