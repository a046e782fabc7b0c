/**
 * Every Swedish interface phrase of the site, once. Words that come from the strategy itself
 * (titles, the "Röst från Kronoberg" label, speakers) live in `content/`, not here.
 *
 * Read on the server with `t('key')`; browser modules get the phrases they need through a
 * `data-strings` attribute (`stringsFor([...])` on the server, `readStrings()` in the browser),
 * so no phrase is written twice and no script carries Swedish of its own.
 */
import { fill } from './fill';

const sv = {
  // Page chrome
  'skipLink': 'Hoppa till innehållet',
  'nav.main': 'Huvudmeny',
  'nav.home': 'startsida',
  'nav.wholeStrategy': 'Hela strategin',
  'nav.vision': 'Målbild',
  'nav.directions': 'Inriktningar',
  'nav.followUp': 'Uppföljning',
  'nav.nearCare': 'Nära vård',
  'breadcrumbs.label': 'Brödsmulor',
  'breadcrumbs.start': 'Start',
  'breadcrumbs.strategy': 'Strategin',
  'breadcrumbs.chart': 'Diagram',
  'breadcrumbs.direction': 'Inriktning {number}',
  'toc.title': 'På den här sidan',
  'backToTop': 'Till början',
  'prevNext.label': 'Föregående och nästa del av strategin',
  'prevNext.prev': 'Föregående',
  'prevNext.next': 'Nästa',
  'footer.about': 'Om webbplatsen',
  'footer.accessibility': 'Tillgänglighetsredogörelse',
  'footer.search': 'Sök',
  'footer.feedback': 'Lämna synpunkter',
  'footer.shortAddresses': 'Korta adresser',
  'footer.about.text': '{name} är {owner}s utvecklingsstrategi för hälso- och sjukvården.',
  'pageInfo.label': 'Om sidan',
  'pageInfo.changed': 'Senast ändrad',
  'pageInfo.responsible': 'Ansvarig:',
  'pageInfo.question': 'Hittade du det du sökte? Fel på sidan?',
  'pageInfo.feedback': 'Berätta för oss',
  'pageInfo.feedbackSubject': 'Synpunkter på {address}',
  'print.button': 'Skriv ut eller spara som pdf',
  // On paper: the first page's block, the running footer and the page numbers (src/components/print/).
  'print.from': 'Utskriven från {address}',
  'print.footer': '{address} · {name}',
  'print.pageNumber': 'Sida {page} av {pages}',

  // Handouts: the PDF and the slide deck (src/handouts/, src/components/handouts/)
  'handouts.pdf': 'Ladda ner som PDF',
  'handouts.deck': 'Ladda ner presentation',
  'handouts.fileInfo': '({kind}, {size})',
  'handouts.kind.pdf': 'PDF',
  'handouts.kind.pptx': 'PowerPoint',
  'handouts.source': 'Källa: {owner}, {doc}',
  'handouts.deck.footer': '{name} · {owner}',
  'handouts.deck.notesAddress': 'Läs på webben: {address}',
  'handouts.deck.closing': 'Läs mer på webben',
  'handouts.kB': '{n}\u00a0kB',
  'handouts.MB': '{n}\u00a0MB',

  // The whole strategy on one page
  'wholeStrategy.link': 'hela strategin på en sida',
  'wholeStrategy.title': 'Hela strategin',
  'wholeStrategy.heading': '{name} – hela strategin',
  'wholeStrategy.purpose': 'att läsa i ett svep, skriva ut eller spara som pdf',
  'wholeStrategy.description': 'Hela utvecklingsstrategin {name} på en sida, {purpose}.',
  'wholeStrategy.intro': '{link}, {purpose}. Varje del finns också på en egen sida.',
  'wholeStrategy.contents': 'Innehåll',
  // The on-screen list of parts; the printed contents page is "Innehåll" (two landmarks, two names).
  'wholeStrategy.parts': 'Strategins delar',
  'wholeStrategy.ownPage': 'Den här delen på egen sida',

  // Sharing a page or a section ("Dela")
  'share.summary': 'Dela',
  'share.page': ' sidan',
  'share.section': ' avsnittet ”{title}”',
  'share.short': 'Kort adress',
  'share.address': 'Adress',
  'share.citation': 'Källhänvisning',
  'share.cite.site': '{name} ({owner}), {address}',
  'share.cite.page': '{name} ({owner}), {title}, {address}',
  'share.cite.section': '{name} ({owner}), avsnittet {title}, {address}',
  'share.cite.numbered': '{name} ({owner}), avsnitt {number} {title}, {address}',
  'share.copy': 'Kopiera',
  'share.copy.short': 'den korta adressen',
  'share.copy.address': 'adressen',
  'share.copy.citation': 'källhänvisningen',
  'share.copied': '{what} är kopierad.',
  'share.copyByHand': 'Texten är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).',
  'share.native': 'Dela via …',
  'share.qr.alt': 'QR-kod till {address}',
  'share.qr.download': 'Ladda ner QR-koden:',
  'share.qr.svg': 'SVG',
  'share.qr.png': 'PNG för bildspel',

  // Strategy parts
  'direction.kicker': 'Strategisk inriktning {number}',
  'direction.searchFilter': 'Inriktning {number}: {title}',
  'direction.cardPrefix': 'Inriktning {number}: ',
  'direction.followUp': 'Så följs inriktningen upp',
  'direction.allIndicators': 'Alla indikatorer under Uppföljning',
  'direction.read': 'Läs inriktning {number}',
  'directions.title': 'Strategiska inriktningar',
  'directions.fallbackDescription': 'De fyra strategiska inriktningarna.',

  // Start page
  'start.readAll': 'Läs hela strategin',
  'start.vision': 'Målbild 2030',
  'start.readVision': 'Läs målbilden: {name}',
  'start.nearCare': 'Vad är nära vård?',
  'start.readNearCare': 'Läs mer om nära vård',
  'start.about': 'Om strategin',
  'start.directions': 'Fyra strategiska inriktningar',
  'start.figures': 'Siffror om Kronoberg 2030',
  'start.parts': 'Strategins delar',

  // Where to turn for care (our interface text: the source names none of these services)
  'care.title': 'Behöver du vård?',
  'care.1177.phoneLink': 'Ring\u00a01177', // a telephone link never breaks
  'care.1177.rest': 'för sjukvårdsrådgivning dygnet runt, eller läs om sjukdomar och hitta vård på',
  'care.centre': 'Kontakta din vårdcentral. Du hittar den på',
  'care.emergency': 'Vid akut, livshotande läge:',
  'care.emergencyLink': 'ring\u00a0112',

  // Nära vård
  'nearCare.news': 'Nyheter om nära vård',
  'nearCare.sourceUpdated': 'Källsidan senast uppdaterad',
  'contact.phone': 'Telefon:',

  // Charts
  'chart.table': 'Tabell med siffrorna',
  'chart.when': 'Tidpunkt',
  'chart.permalink': 'Diagrammet på egen sida',
  'chart.csv': 'Ladda ner data (CSV)',
  'chart.png': 'Ladda ner bild (PNG)',
  'chart.see': 'Se diagrammet',
  'chart.toSection': 'Till avsnittet i strategin där diagrammet står',
  'chart.description': 'Diagram: {title}.',
  'chart.kind': 'Stapeldiagram',
  'chart.source': 'Källa: {owner}, {doc}: {quotes}',
  'chart.sourceDiagram': 'strategins diagram: {quote}',
  'chart.sourceAnd': ' och ',
  'chart.years': 'Årtal enligt källan: {years}.',
  'chart.yearsAndUndated': 'Årtal enligt källan: {years}; för {labels} anger källan inget år.',
  'chart.undated': 'Källan anger inget år för {labels}.',
  'chart.doc.strategin': 'Närmare kronobergaren',
  'chart.doc.nara-vard': 'webbsidan Nära vård',

  // The excerpt of direction 3 headed "Ur utvecklingsstrategin till 2027" (source 002). The source
  // does not date it: the site names it by its own heading, never as later or earlier.
  'excerpt.summary': 'Så lyder inriktningen i utdraget ”Ur utvecklingsstrategin till 2027”',
  'excerpt.intro':
    'Utdraget ”Ur utvecklingsstrategin till 2027” återger den här inriktningen med samma inledning och samma tre avsnitt, men i ordningen delaktighet, förebyggande och hälsofrämjande arbete, kommunikation. Några meningar är formulerade på ett annat sätt, och utdraget saknar några meningar som strategins text har. Utdragets text:',

  // Read aloud
  'listen.start': 'Lyssna',
  'listen.pause': 'Pausa',
  'listen.resume': 'Fortsätt',
  'listen.stop': 'Sluta lyssna',
  'listen.reading': 'Läser upp sidan.',
  'listen.paused': 'Uppläsningen är pausad.',
  'listen.done': 'Uppläsningen är slut.',

  // Search
  'search.label': 'Sök i strategin',
  'search.button': 'Sök',
  'search.placeholder': 'Sök, till exempel fast vårdkontakt',
  'search.title': 'Sök',
  'search.description': 'Sök i utvecklingsstrategin {name}.',
  'search.hint.before': 'Skriv ett eller flera ord, till exempel ',
  'search.hint.example': 'fast vårdkontakt',
  'search.filter': 'Sök i',
  'search.filter.all': 'hela webbplatsen',
  'search.results': 'Sökresultat',
  'search.sectionsIn': 'Avsnitt i {title}',
  'search.thePage': 'sidan',
  'search.needsJs.before': 'Sökningen behöver JavaScript. Utan det, eller om du inte vet vad du ska söka efter, hittar du allt i innehållsförteckningen nedan, eller i ',
  'search.needsJs.after': ', där webbläsarens egen sökning (Ctrl+F eller Cmd+F) hittar varje ord.',
  'search.failed.before': 'Sökningen kunde inte laddas just nu. Försök igen om en stund, eller använd innehållsförteckningen nedan eller ',
  'search.failed': 'Sökningen kunde inte laddas.',
  'search.contents': 'Innehållsförteckning',
  'search.count.none': 'inga träffar',
  'search.count.one': '1 träff',
  'search.count.many': '{n} träffar',
  'search.hitsFor': '{count} för ”{query}”.',
  'search.alsoFor': 'Söker också på {words}.',
  'search.corrected': 'Sökte i stället på ”{words}”, eftersom {typos} inte finns i texten: {count}.',
  'search.fewer': 'Visar träffar för ”{words}”, eftersom ingen sida har alla orden i ”{query}”: {count}.',
  'search.didYouMean': 'Menade du {options}?',
  'search.and': ' och ',
  'search.or': ' eller ',
  'search.noHits': 'Inga träffar för ”{query}”.',
  'search.noHits.advice': 'Kontrollera stavningen, prova ett annat eller kortare ord (till exempel vård i stället för vårdkontakter), eller bläddra i innehållsförteckningen.',

  // Short addresses (/2/, /2.3/)
  'shortAddresses.title': 'Korta adresser',
  'shortAddresses.description': 'Korta adresser till strategins fyra inriktningar och deras avsnitt, att säga högt, skriva på en bild eller läsa med en QR-kod.',
  'shortAddresses.intro':
    'Varje strategisk inriktning och varje avsnitt i inriktningarna har en kort adress med sitt nummer, att säga högt, skriva på en bild eller sätta i ett mejl. En publicerad kort adress leder alltid dit den har lett.',
  'redirect.text': 'Den korta adressen leder till',

  // Link previews (og:image)
  'preview.alt': 'Bild med rubriken {title} – {name}, {owner}',

  // 404
  'notFound.title': 'Sidan finns inte',
  'notFound.description': 'Sidan du sökte finns inte.',
  'notFound.text': 'Adressen kan vara felstavad, eller så har sidan flyttats. Kontrollera adressen, eller gå vidare härifrån:',
  'notFound.start': 'Startsidan',
  'notFound.parts': 'Strategins delar:',
  'notFound.shortAddresses': 'Strategins korta adresser:',
  'notFound.sectionsOf': 'Adressen {address} finns inte. Inriktning {number} har de här korta adresserna:',
} as const;

export type StringKey = keyof typeof sv;

/** One interface phrase, with its placeholders filled. */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
  return fill(sv[key], vars);
}

/** The phrases a browser element needs, for its `data-strings` attribute (read with `BaseElement.text`). */
export function stringsFor(keys: readonly StringKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, sv[k]])));
}

/** A phrase at the start of a sentence or a link list. */
export const capitalize = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);
