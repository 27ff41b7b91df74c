/** Payload limits: Excel refuses requests over ~5 MB; reads and writes are cut below 4 MB. */
export const PAYLOAD_LIMIT = 4_000_000;
/** Estimated bytes of one cell of one loaded property. */
export const BYTES_PER_CELL = 10;

/** How many rows of `cols` columns (× `properties` loaded) fit in one chunk. */
export function rowsPerChunk(cols: number, properties = 1, limit = PAYLOAD_LIMIT): number {
  return Math.max(1, Math.floor(limit / (Math.max(1, cols) * BYTES_PER_CELL * Math.max(1, properties))));
}

/** Row slices [start, count) covering `rows` rows. */
export function chunks(rows: number, perChunk: number): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < rows; start += perChunk) out.push({ start, count: Math.min(perChunk, rows - start) });
  return out;
}

/** A rows × cols array filled with one value. */
export function filled<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}
