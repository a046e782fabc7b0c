import { BaseElement, define } from '../element';

/**
 * `<share-panel>`: shows the "Kopiera" buttons beside the addresses and the citation, and "Dela
 * via …" where the device has a share menu. What is copied is the text the server wrote: the
 * canonical address, never `location.href` with its query.
 */
class SharePanel extends BaseElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  protected init(): void {
    const status = this.required('[role="status"]');
    for (const source of this.querySelectorAll<HTMLElement>('[data-copy]')) {
      const button = source.nextElementSibling;
      if (!(button instanceof HTMLButtonElement)) continue;
      button.hidden = false;
      button.addEventListener('click', () => void this.copy(source, button, status));
    }
    const native = this.required<HTMLButtonElement>('[data-native]');
    if (typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => void navigator.share({ title: document.title, url: native.dataset.url }).catch(() => undefined));
    }
  }

  async copy(source: HTMLElement, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
    const what = button.querySelector('.sr-only')?.textContent?.trim() ?? '';
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      status.textContent = this.text('share.copied', { what: what.charAt(0).toUpperCase() + what.slice(1) });
    } catch {
      // No clipboard (an insecure origin, or denied): select the text so it can be copied by hand.
      getSelection()?.selectAllChildren(source);
      status.textContent = this.text('share.copyByHand');
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (status.textContent = ''), 6000);
  }
}

define('share-panel', SharePanel);
