// Why: everything behind the login screen, loaded as its own chunk so that start-up carries only what login needs;
// the router holds the office's pack's screens only.
import { useMemo } from "react";
import { createHashRouter, RouterProvider } from "react-router";
import { useOffice } from "./office-context";
import { routesFor } from "./routes";

export default function MainRouter() {
  const pack = useOffice().countryPack;
  const router = useMemo(() => createHashRouter(routesFor(pack)), [pack]);
  return <RouterProvider router={router} />;
}
