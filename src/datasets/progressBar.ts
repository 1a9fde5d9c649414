// A one-line progress bar for the importers on a terminal: how far through the file, rows read, rate and time left.
export interface ImportProgressState {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  elapsedMs: number;
}

const width = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`
    : `${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`;
}

/** `[#########...............]  38%  12,500 rows  4,210 rows/s  ETA 00:05` */
export function progressLine({ bytesRead, totalBytes, rowsRead, elapsedMs }: ImportProgressState): string {
  const fraction = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
  const filled = Math.round(fraction * width);
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? rowsRead / seconds : 0;
  // Time left from the share of bytes read: rows are roughly alike in size, and the byte count is known from the start.
  const eta = fraction > 0 && fraction < 1 ? (seconds / fraction) * (1 - fraction) : fraction >= 1 ? 0 : NaN;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  ` +
    `${rowsRead.toLocaleString('en-US')} rows  ${Math.round(rate).toLocaleString('en-US')} rows/s  ETA ${duration(eta)}`
  );
}
