/**
 * Turns heading text into a stable, readable fragment id: Swedish letters fold to ASCII
 * (å/ä → a, ö → o, é → e) so that links survive being typed, pasted into slides and e-mailed.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
