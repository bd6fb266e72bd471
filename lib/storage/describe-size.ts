/** A storage item's size for people: "312 B", "4.1 KB", "1.2 MB"; "—" when unknown (IndexedDB). */
export function describeSize(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
