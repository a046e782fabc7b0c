/**
 * "Ladda ner presentation": the built slide deck, unzipped. Its slides and their titles follow the
 * strategy, its pictures carry alt text, its notes hold each section's full text and address, all
 * of it is marked Swedish, and every sentence on a slide is the source's own.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/strings/sv';
import { htmlText, readHtml, wording } from '../support/site';
import { sourceTexts } from '../support/source';

interface Slide {
  xml: string;
  title: string;
  /** The slide's paragraphs of text (slide numbers left out). */
  paragraphs: string[];
  notes: string;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) => decode([...p[1]!.replace(/<a:fld [\s\S]*?<\/a:fld>/g, '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')))
    .filter((p) => p.trim());

const whole = readHtml('dist/hela-strategin/index.html');
const zipBytes = readFileSync('dist/narmare-kronobergaren.pptx');
let zip: JSZip;
let slides: Slide[];
beforeAll(async () => {
  zip = await JSZip.loadAsync(zipBytes);
  const count = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  slides = [];
  for (let n = 1; n <= count; n++) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const title = xml.match(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\s[^>]*type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/)?.[0];
    const notes = await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)!.async('string');
    slides.push({ xml, title: title ? paragraphsOf(title).join(' ') : '', paragraphs: paragraphsOf(xml), notes: paragraphsOf(notes).join('\n') });
  }
});

/** The directions on /hela-strategin/, each with its numbered sections as the print contents lists them. */
const directions = [...whole.matchAll(/<li[^>]*><a href="#([^"]+)"[^>]*><span class="number"[^>]*>(\d)<\/span>([^<]+)<\/a>\s*<ol[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => ({
  id: m[1]!,
  title: m[3]!.trim(),
  sections: [...m[4]!.matchAll(/href="#([^"]+)"[^>]*><span class="number"[^>]*>([\d.]+)<\/span>([^<]+)</g)].map((s) => ({ id: s[1]!, number: s[2]!, title: s[3]!.trim() })),
}));

/** The charts on /hela-strategin/: title and text alternative. */
const charts = [...whole.matchAll(/<chart-figure[\s\S]*?class="chart-title[^>]*>([^<]+)<[\s\S]*?<img [^>]*alt="([^"]+)"[\s\S]*?<\/chart-figure>/g)].map((m) => ({
  title: decode(m[1]!).trim(),
  alt: decode(m[2]!),
}));

describe('the slide deck', () => {
  it('is a 16:9 deck with a title on every slide', async () => {
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    const [, cx, cy] = presentation.match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2);
    for (const [i, slide] of slides.entries()) expect(slide.title, `slide ${i + 1}`).not.toBe('');
  });

  it('has the title slide, the målbild, each direction followed by its numbered sections, and a closing slide', () => {
    const titles = slides.map((s) => s.title);
    expect(titles[0]).toBe('Närmare kronobergaren');
    expect(titles).toContain('Målbild: Närmare kronobergaren');
    expect(titles.at(-1)).toBe(t('handouts.deck.closing'));
    expect(directions).toHaveLength(4);
    for (const d of directions) {
      const at = titles.indexOf(d.title);
      expect(at, d.title).toBeGreaterThan(0);
      expect(titles.slice(at + 1, at + 1 + d.sections.length)).toEqual(d.sections.map((s) => `${s.number} ${s.title}`));
    }
    expect(directions.flatMap((d) => d.sections).map((s) => s.number).join(' ')).toBe('1.1 1.2 1.3 1.4 2.1 2.2 2.3 3.1 3.2 3.3 4.1 4.2 4.3');
  });

  it('has the residents\' voices and quotes, and the key figures with their source', () => {
    const titles = slides.map((s) => s.title);
    const voices = [...readHtml('dist/vad-ar-viktigt/index.html').matchAll(/<h2 id="([^"]+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[2]!.trim());
    expect(voices).toContain('Röst från Kronoberg');
    for (const voice of voices) expect(titles, voice).toContain(voice);
    const figures = slides.find((s) => s.title === 'Mer om varför');
    expect(figures, 'the key figures slide').toBeDefined();
    expect(figures!.paragraphs).toContain('Prognosen visar att Region Kronoberg kommer att sakna cirka 600 medarbetare år 2027.');
    expect(figures!.paragraphs).toContain('Källa: Region Kronoberg, webbsidan Nära vård');
  });

  it('counts exactly its slides: title, charts, key figures, voices and quotes, målbild, directions with sections, closing', () => {
    const voices = [...readHtml('dist/vad-ar-viktigt/index.html').matchAll(/<h2 id=/g)].length;
    expect(charts).toHaveLength(3);
    expect(slides).toHaveLength(1 + charts.length + 1 + voices + 1 + directions.length + directions.flatMap((d) => d.sections).length + 1);
  });

  it('holds each numbered section\'s full text and address in its notes', () => {
    for (const d of directions) {
      const page = readHtml(`dist/inriktningar/${d.id}/index.html`);
      for (const s of d.sections) {
        const slide = slides.find((x) => x.title === `${s.number} ${s.title}`)!;
        // After the heading and its share control.
        const start = page.indexOf('</share-panel>', page.indexOf(`id="${s.id}"`));
        // The section's own paragraphs: up to the next heading, pull quote or aside.
        const end = Math.min(...['<div class="heading"', '<figure', '<aside'].map((tag) => page.indexOf(tag, start)).filter((i) => i > 0));
        const paragraphs = [...page.slice(start, end).matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => htmlText(m[1]!).trim());
        expect(paragraphs.length, s.title).toBeGreaterThan(0);
        for (const p of paragraphs) expect(wording(slide.notes), `${s.number}: ${p.slice(0, 40)}`).toContain(wording(p));
        expect(slide.notes, 'the section\'s short address').toMatch(new RegExp(`Läs på webben: https?://\\S+/${s.number.replace('.', '\\.')}/$`));
      }
    }
  });

  it('ends with the short addresses and a QR code to the whole strategy', () => {
    const closing = slides.at(-1)!;
    for (const n of [1, 2, 3, 4]) expect(closing.paragraphs.some((p) => new RegExp(`^Inriktning ${n}: .*: https?://\\S+/${n}/$`).test(p)), `/${n}/`).toBe(true);
    const recorded = [...readFileSync('content/kortadresser.yaml', 'utf8').matchAll(/^- from: "([^"]+)"/gm)].map((m) => m[1]!);
    expect(recorded.length).toBe(17);
    expect(closing.notes).not.toContain('\r');
    for (const path of recorded) expect(closing.notes, path).toMatch(new RegExp(`https?://\\S+${path.replace(/\./g, '\\.')}(\n|$)`));
    expect(closing.xml).toMatch(/<p:pic>[\s\S]*descr="QR-kod till https?:\/\/[^"]+\/hela-strategin\/"/);
  });

  it('shows each chart as the site\'s PNG, with its text alternative and its source line', () => {
    for (const chart of charts) {
      const slide = slides.find((s) => s.title === chart.title);
      expect(slide, chart.title).toBeDefined();
      expect(decode(slide!.xml.match(/<p:pic>[\s\S]*?descr="([^"]+)"/)?.[1] ?? '')).toBe(chart.alt);
      expect(slide!.paragraphs.some((p) => p.startsWith('Källa: Region Kronoberg'))).toBe(true);
      expect(slide!.notes).toContain(chart.alt);
    }
  });

  it('gives every picture alt text, and every picture is in the file', async () => {
    const pictures = slides.flatMap((s) => [...s.xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map((m) => m[0]));
    expect(pictures.length).toBeGreaterThan(0);
    for (const pic of pictures) expect(pic).toMatch(/<p:cNvPr [^>]*descr="[^"]{10,}"/);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && !f.endsWith('/'));
    expect(media.length).toBe(pictures.length);
  });

  it('marks all its text Swedish', async () => {
    for (const [name, file] of Object.entries(zip.files).filter(([n]) => n.endsWith('.xml'))) {
      const langs = new Set([...(await file.async('string')).matchAll(/\blang="([^"]+)"/g)].map((m) => m[1]));
      for (const lang of langs) expect(lang, name).toBe('sv-SE');
    }
  });

  it('says nothing on a slide that the source does not, apart from its labels', () => {
    const source = wording(sourceTexts().map((s) => s.text).join(' '));
    // Interface phrases the slides use as labels (src/strings/sv.ts).
    const labels = [
      ...[1, 2, 3, 4].map((n) => t('direction.kicker', { number: n })),
      t('handouts.deck.closing'),
      t('handouts.source', { owner: 'Region Kronoberg', doc: t('chart.doc.nara-vard') }),
    ];
    // A chart's title states its finding and its points have labels: the site's own chart words
    // (content/diagram.yaml, whose values the build checks against the quotes), as on its pages.
    const figures = load(readFileSync('content/diagram.yaml', 'utf8')) as { title: string; points: { label: string }[] }[];
    labels.push(...figures.flatMap((f) => [f.title, ...f.points.map((p) => p.label)]));
    // A chart's source line is ours but for the sentences it quotes, which must be the source's.
    const quotedOnly = (p: string) => (p.startsWith('Källa: ') ? [...p.matchAll(/”([^”]+)”/g)].map((m) => m[1]!) : [p]);
    const ours = (p: string) =>
      p
        .replace(/^\d+\.\d+ /, '') // a section's number
        .replace(new RegExp(`^${t('direction.searchFilter', { number: '\\d', title: '' })}`), '')
        .replace(/^Källa: /, '')
        .replace(new RegExp(`^${t('wholeStrategy.title')}: https?://\\S+$`), '')
        .replace(/: https?:\/\/\S+$/, ''); // an address on the closing slide
    const stray = slides
      .flatMap((s) => s.paragraphs)
      .filter((p) => !labels.includes(p))
      .flatMap(quotedOnly)
      .filter((p) => !labels.includes(p))
      .map(ours)
      .filter((p) => p && !source.includes(wording(p)));
    expect(stray).toEqual([]);
  });
});
