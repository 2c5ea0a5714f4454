/**
 * Keeps only the newest of overlapping asynchronous calls. A search box starts a query on every keystroke, and an
 * earlier query can finish after a later one (its index chunks were not yet loaded); without this, its stale results
 * would replace the reader's current ones.
 *
 * @example
 * const latest = latestCall();
 * const isCurrent = latest.begin();
 * const results = await search(query);
 * if (isCurrent()) render(results);
 */
export function latestCall(): {begin(): () => boolean} {
  let newest = 0;
  return {
    begin() {
      const ticket = ++newest;
      return () => ticket === newest;
    }
  };
}
