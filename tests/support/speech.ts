import type { Page } from '@playwright/test';

/**
 * A stand-in for the browser's speech synthesis, installed before the page's scripts run: it
 * offers the given voices, records what is spoken (`window.spokenTexts`) and ends each utterance
 * after a short while unless paused, like a real voice.
 */
export async function fakeSpeech(page: Page, voices: { lang: string; localService: boolean; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: string[] = [];
    let paused = false;
    let current: EventTarget | undefined;
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => list.map((v) => ({ ...v, default: false, voiceURI: v.name })),
      speak(utterance: SpeechSynthesisUtterance) {
        spoken.push(utterance.text);
        current = utterance;
        // Each utterance "ends" after a short while of speaking; a paused voice does not end.
        const end = () => {
          if (paused) setTimeout(end, 50);
          else if (current === utterance) utterance.dispatchEvent(new Event('end'));
        };
        setTimeout(end, 150);
      },
      pause: () => (paused = true),
      resume: () => (paused = false),
      cancel: () => (current = undefined),
      get paused() {
        return paused;
      },
    });
    // The real utterance accepts only real voices; the stand-in voices need a stand-in utterance.
    class Utterance extends EventTarget {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    Object.defineProperty(window, 'spokenTexts', { value: spoken });
  }, voices);
}

