/** The one thing Pagefind's highlight module exports that this site uses. */
type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/**
 * Marks the words of `?sok=` on the page and brings the linked section back into view (marking
 * moves text, so the browser's own jump to the fragment may be off). Without `?sok=` it loads nothing.
 */
export async function highlightOnArrival(base: string): Promise<void> {
  if (!new URLSearchParams(location.search).has('sok')) return;
  let Highlight: PagefindHighlight;
  try {
    ({ default: Highlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: PagefindHighlight });
  } catch (error) {
    // The page reads the same without the marks; say why they are missing, for whoever looks.
    console.warn('Search words not marked: the highlight script did not load.', error);
    return;
  }
  new Highlight({ highlightParam: 'sok', addStyles: false });
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
