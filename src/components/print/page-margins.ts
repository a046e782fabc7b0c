/**
 * The printed page's own words in its margins: the footer (the page's address and the strategy's
 * name) and "Sida N av M". A stylesheet cannot read src/strings/sv.ts, so the words travel as
 * attributes of <html>; src/styles/global.css reads them with attr() into custom properties,
 * which the page-margin boxes of @page inherit from the root. (Chromium prints page-margin boxes;
 * it has no string-set and no running elements, so a page's own text cannot come from an element.)
 */

/** The attributes of <html> that global.css prints in the page margins. */
export function pageMarginAttributes(footer: string, pageNumber: string): Record<string, string> {
  const [before, between, after, ...rest] = pageNumber.split(/\{page\}|\{pages\}/);
  if (rest.length || after === undefined || pageNumber.indexOf('{page}') > pageNumber.indexOf('{pages}')) {
    throw new Error(`The page-number phrase "${pageNumber}" must name {page} once and then {pages} once.`);
  }
  return {
    'data-print-footer': footer,
    'data-print-page-before': before!,
    'data-print-page-between': between!,
    'data-print-page-after': after,
  };
}
