import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import "./app/console.css";
import { createQueryClient } from "./app/query-client";
import { createConsoleRouter } from "./app/routes";
import { SessionProvider } from "./session/session-context";

const queryClient = createQueryClient();
const router = createConsoleRouter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
