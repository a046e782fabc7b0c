/**
 * The slide deck's content, read from the same content collections and outlines as the pages
 * (so a sentence changed in content/ changes the pages, the PDF and the deck alike). Runs inside
 * the Astro build (src/pages/narmare-kronobergaren.pptx.ts); deck.ts turns it into slides.
 */
import { getEntry } from 'astro:content';
import { site } from '../config/site';
import { getOrdered } from '../strategy/collections';
import { getOutlines, pageOutline, type Outline } from '../strategy/sections';
import { t } from '../strings/sv';
import { firstParagraph, leadingSentences } from '../utils/text';
import { absoluteUrl, sitePath, url } from '../utils/url';
import { qrPng } from '../build-images/qr';
import { renderChartPng } from '../build-images/chart';
import { chartLinks, chartSpec, getCharts } from '../components/chart/data';
import { altText } from '../components/chart/spec';
import { publishedShortAddresses, shortAddressFor } from '../strategy/short-addresses';
import type { Deck, DeckImage, DeckSlide } from './deck';
import { bodySections } from './section-text';

/** The absolute public address of a site href (which carries the base path): its short address where it has one. */
async function address(href: string): Promise<string> {
  const path = sitePath(href);
  return absoluteUrl((await shortAddressFor(path))?.path ?? path);
}

/** Speaker notes: the text, then where it stands on the web. */
const notes = async (paragraphs: string[], href: string) => [...paragraphs, t('handouts.deck.notesAddress', { address: await address(href) })].join('\n\n');

/** A part's body as plain text: every paragraph, with its headings on lines of their own. */
const fullText = (o: Outline) => bodySections(o.part.entry.body ?? '').flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]);

async function voiceSlides(o: Outline): Promise<DeckSlide[]> {
  if (!o.voices) return [];
  const voices = await Promise.all(
    o.voices.items.map(async (item): Promise<DeckSlide> => ({
      kicker: (await getEntry(item.voice.data.speaker))?.data.text,
      title: item.text,
      paragraphs: item.voice.data.paragraphs,
      notes: await notes(item.voice.data.paragraphs, `${o.part.href}#${item.id}`),
    })),
  );
  const quotes = (await getOrdered('quotes')).map((q) => ({ text: q.data.text }));
  const quotesSlide: DeckSlide = { title: o.voices.quotes.text, quotes, notes: await notes(quotes.map((q) => `”${q.text}”`), `${o.part.href}#${o.voices.quotes.id}`) };
  return [...voices, quotesSlide];
}

/** The nära vård page's key figures, titled by the heading they stand under there. */
async function keyFiguresSlide(): Promise<DeckSlide> {
  const page = await pageOutline('nara-vard');
  const body = page.entry.body ?? '';
  const heading = [...body.slice(0, body.indexOf('<NearCareKeyFigures')).matchAll(/^#{2,4} (.+)$/gm)].at(-1)?.[1];
  const section = page.sections.find((s) => s.text === heading);
  const figures = (await getOrdered('keyFigures')).map((f) => ({ shown: f.data.shown, text: f.data.quote }));
  return {
    kicker: page.entry.data.title,
    title: section?.text ?? page.entry.data.title,
    figures,
    source: t('handouts.source', { owner: site.owner, doc: t('chart.doc.nara-vard') }),
    notes: await notes(figures.map((f) => f.text), url(`/nara-vard/${section ? `#${section.id}` : ''}`)),
  };
}

/** PNG width and height, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/**
 * A part's charts, each on a slide: its title, the PNG the site publishes for slides
 * (/diagram/<id>.png, drawn by the charts' own module) with the chart's text alternative, and its
 * source line. The notes hold the text alternative, the source and the chart's address.
 */
async function chartSlides(o: Outline): Promise<DeckSlide[]> {
  const charts = (await getCharts()).filter((c) => c.data.chapter === o.part.id);
  return Promise.all(
    charts.map(async (chart): Promise<DeckSlide> => {
      const spec = chartSpec(chart);
      const png = renderChartPng(spec);
      return {
        kicker: o.part.title,
        title: spec.title,
        image: { png, ...pngSize(png), alt: altText(spec) },
        source: spec.source,
        notes: await notes([altText(spec), spec.source], chartLinks(chart.id, chart.data.chapter, chart.data.section).permalink),
      };
    }),
  );
}

async function directionSlides(o: Outline): Promise<DeckSlide[]> {
  if (o.part.kind !== 'direction') return [];
  const { part } = o;
  const texts = bodySections(part.entry.body ?? '');
  const slides: DeckSlide[] = [
    { kicker: t('direction.kicker', { number: part.number }), title: part.title, paragraphs: [part.entry.data.lead], notes: await notes([part.entry.data.lead], part.href) },
  ];
  for (const s of o.sections.filter((section) => section.number)) {
    const paragraphs = texts.find((x) => x.heading === s.text)?.paragraphs ?? [];
    slides.push({
      kicker: part.label,
      title: `${s.number} ${s.text}`,
      paragraphs: [leadingSentences(paragraphs[0] ?? '', 260)].filter(Boolean),
      notes: await notes(paragraphs, `${part.href}#${s.id}`),
    });
  }
  return slides;
}

/**
 * Where to read on: the whole strategy, with a QR code (the share controls' own PNG), and each
 * direction's short address; the notes list every published short address.
 */
async function closingSlide(): Promise<DeckSlide> {
  const whole = absoluteUrl('/hela-strategin/');
  const png = await qrPng(whole);
  const qr: DeckImage = { png, ...pngSize(png), alt: t('share.qr.alt', { address: whole }) };
  const short = await publishedShortAddresses();
  const line = (a: { label: string; path: string }) => ({ label: `${a.label}:`, address: absoluteUrl(a.path) });
  return {
    title: t('handouts.deck.closing'),
    links: [{ label: `${t('wholeStrategy.title')}:`, address: whole }, ...short.filter((a) => !a.number?.includes('.')).map(line)],
    qr,
    notes: short.map(line).map((l) => `${l.label} ${l.address}`).join('\n'),
  };
}

export async function deckContent(): Promise<Deck> {
  const outlines = await getOutlines();
  const start = await pageOutline('start');
  const slides: DeckSlide[] = [];
  for (const o of outlines) {
    if (o.voices) slides.push(...(await voiceSlides(o)));
    if (o.part.id === 'malbild') {
      slides.push({ title: o.part.title, paragraphs: [firstParagraph(o.part.entry.body)], notes: await notes(fullText(o), o.part.href) });
    }
    slides.push(...(await directionSlides(o)));
    // The nära vård page's key figures follow the strategy's own charts, the other figures of the context.
    const charts = await chartSlides(o);
    slides.push(...charts);
    if (charts.length && !slides.some((s) => s.figures)) slides.push(await keyFiguresSlide());
  }
  if (!slides.some((s) => s.figures)) slides.unshift(await keyFiguresSlide());
  slides.push(await closingSlide());
  return {
    title: site.name,
    subtitle: start.entry.data.lead ?? '',
    owner: site.owner,
    footer: t('handouts.deck.footer', { name: site.name, owner: site.owner }),
    notes: await notes(bodySections(start.entry.body ?? '').flatMap((s) => s.paragraphs), url('/')),
    slides,
  };
}

