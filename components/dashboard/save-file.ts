/**
 * Saves text as a download from the dashboard's own page (no `downloads` permission). A blob
 * URL, which a tab keeps alive (the popup uses data: URLs because it may close at once); an
 * export of thousands of sites would make a data: URL of tens of megabytes.
 */
export function saveFile(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
