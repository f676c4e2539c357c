// Why: the renderer calls only this: the Electron preload's host when present, else the browser twin.
import type { HostApi } from "../../shared/host-api";
import { browserHost } from "./browser-host";

export const host: HostApi = window.host ?? browserHost;
