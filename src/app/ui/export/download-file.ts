// Saves text as a file through a Blob and an object URL (no server involved: the data never leaves the page).
export function downloadFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: browsers may read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
