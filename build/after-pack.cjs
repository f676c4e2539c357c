// Why: flips Electron fuses in the packed binary (before signing) so it cannot be used as a Node runtime or load code outside app.asar.
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads this hook as a CommonJS module. */
"use strict";

const path = require("node:path");

/** @electron/fuses comes with electron-builder (app-builder-lib); resolve it from there if it is not hoisted. */
function loadFuses() {
  try {
    return require("@electron/fuses");
  } catch {
    const appBuilderLib = path.dirname(require.resolve("app-builder-lib/package.json"));
    return require(require.resolve("@electron/fuses", { paths: [appBuilderLib] }));
  }
}

/** @param {import("app-builder-lib").AfterPackContext} context */
module.exports = async function afterPack(context) {
  const { FuseVersion, FuseV1Options } = loadFuses();
  // addElectronFuses finds the executable for the platform (name differs on Linux, Windows and macOS).
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === "darwin",
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served from app://, never file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
};
