// Why: the app's backup worker as a classic script the bench page starts from a Blob URL.
import "../../../renderer/backup/backup.worker";
