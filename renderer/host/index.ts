// Why: the renderer calls only this: the Electron preload's host when present, else the browser twin.
import type { HostApi } from "../../shared/host-api";
import { browserHost } from "./browser-host";

export const host: HostApi = (typeof window !== "undefined" ? window.host : undefined) ?? browserHost;
