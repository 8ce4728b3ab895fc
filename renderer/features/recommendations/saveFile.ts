/** Hands a generated file to the browser's (or Electron's) download handling, which asks where to save it. */
import type { RegisterExport } from '../../../shared/recommendations.ts';

export function saveFile(file: RegisterExport): void {
  const url = URL.createObjectURL(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the next tick is a safe time to let it go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
