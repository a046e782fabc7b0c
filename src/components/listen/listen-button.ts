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
    // The button's label, the stop button and the status line, as the reading goes.
    const show = (label: string, stopShown: boolean, said: string) => {
      start.textContent = this.text(label);
      stop.hidden = !stopShown;
      status.textContent = this.text(said);
    };
    let reader: import('./reader').Reader | undefined;
    start.addEventListener('click', async () => {
      const { Reader } = await import('./reader');
      reader ??= new Reader(required(document.body, 'main'), voice, {
        started: () => show('listen.pause', true, 'listen.reading'),
        paused: () => show('listen.resume', true, 'listen.paused'),
        ended: () => show('listen.start', false, 'listen.done'),
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
