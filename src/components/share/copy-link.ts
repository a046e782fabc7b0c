import { BaseElement, define } from '../element';

/** `<copy-link>`: turns the plain fragment link into a button that copies the section's absolute address. */
class CopyLink extends BaseElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  protected init(): void {
    const link = this.required<HTMLAnchorElement>('a');
    const button = this.required<HTMLButtonElement>('button');
    const status = this.required('[role="status"]');
    link.hidden = true;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy(new URL(link.getAttribute('href') ?? '', location.href).href, status));
  }

  async copy(href: string, status: HTMLElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(href);
      status.textContent = this.text('heading.copied');
    } catch {
      // No clipboard (insecure origin or denied): show the address so it can be copied by hand.
      status.textContent = this.text('heading.copyByHand', { href });
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (status.textContent = ''), 6000);
  }
}

define('copy-link', CopyLink);
