/**
 * Deferring work until an element comes near the screen: a map or a scroll sequence far down a story costs the
 * page's load nothing until the reader scrolls towards it. Browser-only.
 */

/**
 * Calls `start` once `element` comes within about a screen of the viewport (at once where IntersectionObserver is
 * missing), and returns a function that cancels the wait.
 */
export function whenNearViewport(element: Element, start: () => void): () => void {
  if (!('IntersectionObserver' in window)) {
    start();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    {rootMargin: '100% 0px'}
  );
  observer.observe(element);
  return () => observer.disconnect();
}
