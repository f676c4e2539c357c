// Why: the Electron main process: one hardened window serving the built renderer from app://rekod, nothing remote, ever.
import path from "node:path";
import * as fsp from "node:fs/promises";
import {
  app,
  BrowserWindow,
  Menu,
  protocol,
  session,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
} from "electron";
import {
  APP_INDEX_URL,
  APP_SCHEME,
  appResponseHeaders,
  contentTypeFor,
  isAllowedRequestUrl,
  isAppUrl,
  resolveAppRequest,
} from "./app-protocol";
import { registerIpcHandlers } from "./ipc";
import { printContents } from "./printing";
import { backupBeforeClose } from "./close-backup";

const APP_TITLE = "Rekod Komuniti";
const APP_USER_MODEL_ID = "my.gov.jkm.rekodkomuniti";

/** The Vite build, next to dist-electron/ (inside app.asar when packaged). */
const RENDERER_ROOT = path.join(__dirname, "../dist/renderer");
const PRELOAD_PATH = path.join(__dirname, "preload.cjs");

// Must happen before "ready". Standard + secure gives app://rekod a real origin, so IndexedDB works.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
  },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders("text/plain; charset=utf-8") });
}

/** Serves files of the renderer build; anything outside it, a folder or a missing file is a 404. */
async function serveAppRequest(request: Request): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return textResponse(405, "Method Not Allowed");
  const filePath = resolveAppRequest(request.url, RENDERER_ROOT);
  if (filePath === null) return textResponse(404, "Not Found");
  try {
    const stat = await fsp.stat(filePath);
    if (!stat.isFile()) return textResponse(404, "Not Found");
    const headers = appResponseHeaders(contentTypeFor(filePath));
    if (request.method === "HEAD") return new Response(null, { status: 200, headers });
    const body = await fsp.readFile(filePath);
    return new Response(new Uint8Array(body), { status: 200, headers });
  } catch {
    return textResponse(404, "Not Found");
  }
}

function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn("[security] blocked request", details.url);
    callback({ cancel: !allowed });
  });
  // Files leave the app only through the save dialog of the host contract.
  ses.on("will-download", (event) => event.preventDefault());
}

/** Applied to every web contents the app ever creates, not only the main window. */
function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) {
      console.warn("[security] blocked navigation", event.url);
      event.preventDefault();
    }
  };
  contents.on("will-navigate", stayInApp);
  contents.on("will-frame-navigate", stayInApp);
  contents.on("will-redirect", stayInApp);
  contents.on("will-attach-webview", (event) => event.preventDefault());
}

function printFocused(): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (win) printContents(win.webContents).catch((error: unknown) => console.error("[print]", error));
}

function buildMenu(): Menu {
  const view: MenuItemConstructorOptions[] = [
    { label: "Saiz Sebenar", role: "resetZoom" },
    { label: "Zum Masuk", role: "zoomIn" },
    { label: "Zum Keluar", role: "zoomOut" },
  ];
  if (!app.isPackaged) view.push({ type: "separator" }, { label: "Alat Pembangun", role: "toggleDevTools" });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === "darwin" ? [{ role: "appMenu" } satisfies MenuItemConstructorOptions] : []),
    {
      label: "Fail",
      submenu: [
        { label: "Cetak…", accelerator: "CmdOrCtrl+P", click: printFocused },
        { type: "separator" },
        { label: "Keluar", role: "quit" },
      ],
    },
    {
      label: "Sunting",
      submenu: [
        { label: "Buat Asal", role: "undo" },
        { label: "Buat Semula", role: "redo" },
        { type: "separator" },
        { label: "Potong", role: "cut" },
        { label: "Salin", role: "copy" },
        { label: "Tampal", role: "paste" },
        { label: "Pilih Semua", role: "selectAll" },
      ],
    },
    { label: "Paparan", submenu: view },
  ];
  return Menu.buildFromTemplate(template);
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: APP_TITLE,
    show: false,
    backgroundColor: "#ffffff",
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  win.once("ready-to-show", () => win.show());
  backupBeforeClose(win);
  // Never leave an invisible window behind if the page cannot load (e.g. dist/renderer missing).
  win.webContents.once("did-fail-load", (_event, code, description, url) => {
    console.error("[window] did-fail-load", code, description, url);
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  });
  win.on("closed", () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_INDEX_URL).catch((error: unknown) => console.error("[window] load failed", error));
  return win;
}

async function start(): Promise<void> {
  if (process.platform === "win32") app.setAppUserModelId(APP_USER_MODEL_ID);
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, serveAppRequest);
  registerIpcHandlers();
  Menu.setApplicationMenu(buildMenu());
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another copy is running; it receives "second-instance" and comes to the front.
  app.quit();
} else {
  app.on("second-instance", () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on("web-contents-created", (_event, contents) => hardenContents(contents));
  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });
  app.on("activate", () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error("[app] start failed", error);
      app.exit(1);
    });
}
