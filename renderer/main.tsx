// Why: boots the renderer: styles, i18n, theme, notifications, persistent storage, the checked database open and the app.
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/dates/styles.css";
import "dayjs/locale/ms";
import "dayjs/locale/id";
import "./app/app.css";
import "./i18n";
import { createRoot } from "react-dom/client";
import { StrictMode } from "react";
import { MantineProvider, createTheme } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { ModalsProvider } from "@mantine/modals";
import { App } from "./app/App";
import { LocalisedDates } from "./app/LocalisedDates";
import { requestPersistence } from "./db/instance";
import { Boot } from "./features/pemulihan/Boot";
import { readOnlyComponents } from "./features/peranan/read-only-look";

void requestPersistence();

const theme = createTheme({
  primaryColor: "teal",
  fontFamily: "Arial, 'Liberation Sans', Helvetica, sans-serif",
  defaultRadius: "sm",
  components: readOnlyComponents,
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications position="top-right" />
        <LocalisedDates>
          <Boot>
            <App />
          </Boot>
        </LocalisedDates>
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
