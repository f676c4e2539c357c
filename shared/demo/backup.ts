// Why: the demo office's backup passphrase, shown on its login screen and in Tetapan like the demo passwords.
export const demoBackupPassphrase = "Sandaran#Demo2026";
