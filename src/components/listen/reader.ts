/**
 * Reads a page's text aloud, block by block (one utterance per paragraph keeps pause and resume
 * reliable, and lets the reader see which paragraph is being read). Loaded on the first press.
 */
const BLOCKS = 'h1, h2, h3, h4, h5, p, li, th, td, figcaption, summary';
/** Controls, navigation and text meant for screen readers only are not read out. */
const SKIP = 'nav, button, listen-button, copy-link, [hidden], [aria-hidden="true"], .sr-only, .no-print, script, style';
const CURRENT = 'listen-current';

export interface ReaderEvents {
  started(): void;
  paused(): void;
  ended(): void;
}

/** The text blocks of `root` in reading order: leaf blocks only, so no text is read twice. */
export function readableBlocks(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => !el.closest(SKIP) && !el.querySelector(BLOCKS) && !el.closest('details:not([open]) > :not(summary)') && spokenText(el) !== '',
  );
}

/** What is said for a block: its visible words, without screen-reader-only additions. */
function spokenText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(SKIP).forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export class Reader {
  readonly #blocks: HTMLElement[];
  readonly #voice: SpeechSynthesisVoice;
  readonly #events: ReaderEvents;
  #index = 0;
  #state: 'idle' | 'speaking' | 'paused' = 'idle';

  constructor(root: HTMLElement, voice: SpeechSynthesisVoice, events: ReaderEvents) {
    this.#blocks = readableBlocks(root);
    this.#voice = voice;
    this.#events = events;
    // Leaving the page stops the voice; it must not go on reading a page that is gone.
    addEventListener('pagehide', () => this.stop());
  }

  /** Start, pause or continue. */
  toggle(): void {
    if (this.#state === 'speaking') {
      speechSynthesis.pause();
      this.#state = 'paused';
      this.#events.paused();
    } else if (this.#state === 'paused') {
      speechSynthesis.resume();
      this.#state = 'speaking';
      this.#events.started();
    } else {
      this.#index = 0;
      this.#state = 'speaking';
      this.#events.started();
      this.speak();
    }
  }

  stop(): void {
    if (this.#state === 'idle') return;
    this.#state = 'idle';
    speechSynthesis.cancel();
    this.mark(undefined);
    this.#events.ended();
  }

  private speak(): void {
    const block = this.#blocks[this.#index];
    if (!block || this.#state === 'idle') return this.stop();
    this.mark(block);
    const utterance = new SpeechSynthesisUtterance(spokenText(block));
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    utterance.addEventListener('end', () => {
      if (this.#state === 'idle') return;
      this.#index += 1;
      this.speak();
    });
    speechSynthesis.speak(utterance);
  }

  private mark(block: HTMLElement | undefined): void {
    document.querySelector(`.${CURRENT}`)?.classList.remove(CURRENT);
    if (!block) return;
    block.classList.add(CURRENT);
    block.scrollIntoView({ block: 'nearest' });
  }
}
