import { BaseElement, define } from '../element';

/** How many screens a page must run to before the link floats (where it appears: `.back-to-top-marker` in global.css). */
const LONG_PAGE_SCREENS = 3;

/** `<back-to-top>`: on a long page, floats once the first screens are scrolled past (no scroll handlers). */
class BackToTop extends BaseElement {
  protected init(): void {
    if (document.documentElement.scrollHeight < LONG_PAGE_SCREENS * innerHeight) return;
    this.classList.add('floating');
    // A marker over the first screens: once it has left the viewport upwards, the link shows.
    const marker = document.createElement('div');
    marker.className = 'back-to-top-marker';
    marker.setAttribute('aria-hidden', 'true');
    document.body.prepend(marker);
    new IntersectionObserver(([entry]) => {
      this.toggleAttribute('data-shown', !!entry && !entry.isIntersecting && entry.boundingClientRect.top < 0);
    }).observe(marker);
  }
}

define('back-to-top', BackToTop);
