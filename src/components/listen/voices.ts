/** A Swedish voice that runs on this device (`localService`): speech never leaves the browser. */
export function localSwedishVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const swedish = voices.filter((v) => v.localService && /^sv\b/i.test(v.lang.replace('_', '-')));
  return swedish.find((v) => v.default) ?? swedish[0];
}

/** The voices, once the browser has loaded them (Chrome fills the list asynchronously). */
export function voicesReady(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, waitMs);
  });
}
