import { BaseElement, define } from '../element';

/**
 * `<toc-spy>`: marks the link of the section being read (`aria-current`), so the table of
 * contents beside the text says where the reader is. IntersectionObserver only: no scroll handlers.
 */
class TocSpy extends BaseElement {
  protected init(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    const mark = () => {
      // The current section: the last heading that has reached the top third of the screen.
      let current = -1;
      headings.forEach((h, i) => {
        if (h && h.getBoundingClientRect().top < innerHeight / 3) current = i;
      });
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
    };
    // Any heading or block of text entering or leaving the screen is a moment to look again; a
    // jump (a link, Page Down) always moves some of them, so the mark never goes stale.
    const observer = new IntersectionObserver(mark);
    for (const el of [...headings, ...document.querySelectorAll('main .prose > *')]) if (el) observer.observe(el);
  }
}

define('toc-spy', TocSpy);
