/**
 * The one error type of the online fetch: it names the table (or source) and, where it applies, the dimension or
 * field that failed, so a reporter can see at once which publisher changed what. Knows nothing about HTTP or files.
 */

/** A failed download or a response that no longer has the shape the converters expect. */
export class FetchError extends Error {
  /** Table or source, e.g. `"SSB 08487"`. */
  readonly table: string;
  /** Dimension or field involved, or `null`. */
  readonly dimension: string | null;
  /** What went wrong. */
  readonly reason: string;
  /**
   * @param table Table or source, e.g. `"SSB 08487"` or `"KLASS 131→109"`.
   * @param dimension Dimension or field involved, or `null` for whole-response failures (network, HTTP status).
   * @param reason What went wrong, in words.
   */
  constructor(table: string, dimension: string | null, reason: string) {
    super(`${table}${dimension ? ` dimension ${dimension}` : ''}: ${reason}`);
    this.name = 'FetchError';
    this.table = table;
    this.dimension = dimension;
    this.reason = reason;
  }
}
