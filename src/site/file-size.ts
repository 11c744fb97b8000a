/**
 * "340 KB", "1.4 MB": a size as people read it, in the decimal units phones and most file managers
 * show. The one rule for every size the site prints: downloads, books, videos and storage used.
 */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${Math.max(0, Math.round(bytes))} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}
