// Why: everything behind the login screen, loaded as its own chunk so that start-up carries only what login needs.
import { createHashRouter, RouterProvider } from "react-router";
import { routes } from "./routes";

const router = createHashRouter(routes);

export default function MainRouter() {
  return <RouterProvider router={router} />;
}
