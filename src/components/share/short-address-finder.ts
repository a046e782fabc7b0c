import { BaseElement, define } from '../element';

/** `<short-address-finder>`: at a short address that does not exist, shows only its direction's short addresses, first. */
class ShortAddressFinder extends BaseElement {
  protected init(): void {
    const base = this.data('base').replace(/\/?$/, '/');
    const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
    const match = /^(\d+)(\.\d+)?\/?$/.exec(path);
    const groups = [...this.querySelectorAll<HTMLElement>('[data-direction]')];
    if (!match || !groups.some((g) => g.dataset.direction === match[1])) return;
    for (const group of groups) {
      group.hidden = group.dataset.direction !== match[1];
      group.querySelector('.group-title')?.toggleAttribute('hidden', true);
    }
    // Right under "the page does not exist", before the general ways on.
    this.parentElement?.firstElementChild?.after(this);
    this.required('.intro').textContent = this.text('notFound.sectionsOf', { address: `/${path.replace(/\/?$/, '/')}`, number: match[1]! });
  }
}

define('short-address-finder', ShortAddressFinder);
