import { BaseElement, define, required } from '../element';
import { localSwedishVoice, voicesReady } from './voices';

/**
 * `<listen-button>`: shows "Lyssna" only where the browser has a local Swedish voice; the
 * reader (./reader) is fetched on the first press.
 */
class ListenButton extends BaseElement {
  protected init(): void {
    if (!('speechSynthesis' in window)) return; // no speech in this browser: the row stays empty
    void this.offer();
  }

  private async offer(): Promise<void> {
    const voice = localSwedishVoice(await voicesReady(speechSynthesis));
    if (!voice) return; // no Swedish voice on this device: nothing to offer, nothing shown
    const start = this.required<HTMLButtonElement>('[data-action="start"]');
    const stop = this.required<HTMLButtonElement>('[data-action="stop"]');
    const status = this.required('[role="status"]');
    this.required('.controls').hidden = false;
    let reader: import('./reader').Reader | undefined;
    start.addEventListener('click', async () => {
      const { Reader } = await import('./reader');
      reader ??= new Reader(required(document.body, 'main'), voice, {
        started: () => {
          start.textContent = this.text('listen.pause');
          stop.hidden = false;
          status.textContent = this.text('listen.reading');
        },
        paused: () => {
          start.textContent = this.text('listen.resume');
          status.textContent = this.text('listen.paused');
        },
        ended: () => {
          start.textContent = this.text('listen.start');
          stop.hidden = true;
          status.textContent = this.text('listen.done');
        },
      });
      reader.toggle();
    });
    stop.addEventListener('click', () => {
      reader?.stop();
      start.focus();
    });
  }
}

define('listen-button', ListenButton);
