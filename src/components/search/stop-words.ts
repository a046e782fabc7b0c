/**
 * Swedish words a search leaves out of a query ("hur får jag samma läkare" → samma läkare), so
 * that a question finds what a page says instead of the one page that also says "jag". The list
 * is the Swedish list of the `stopword` package (stopwords-iso) without the words that carry
 * meaning in this text (`MEANINGFUL`, with where the text uses them); stop-words.test.ts holds
 * the two lists against the package, so a change to either is a reviewed change.
 */

/** Words of stopword's Swedish list that stay in queries, and why. */
export const MEANINGFUL: Record<string, string> = {
  alla: 'I Kronoberg ska vården vara till för alla',
  beslut: 'fatta beslut, delat beslutsfattande, beslutsstöd',
  beslutat: 'a form of beslut',
  beslutit: 'a form of beslut',
  enkel: 'snabb och enkel kontakt',
  enkelt: 'enkelt att komma i kontakt med vården',
  enkla: 'a form of enkel',
  god: 'god vård, god hälsa',
  goda: 'goda förutsättningar, goda möjligheter',
  gott: 'ett gott liv i ett livskraftigt län (målbilden)',
  hög: 'hög kvalitet, hög delaktighet',
  högre: 'högre krav på vården, högre förtroende',
  högst: 'a form of hög',
  inte: 'du ska inte behöva känna till organisatoriska gränser',
  lika: 'lika värde, vård på lika villkor',
  lätt: 'Det ska vara lätt att hitta rätt',
  nästa: 'vad som blir nästa steg',
  rätt: 'rätt vård i rätt tid, rätt vårdnivå',
  samma: 'träffa samma vårdpersonal',
  själv: 'vad man kan göra själv för sin hälsa',
  tidig: 'tidiga tecken på ohälsa',
  tidigt: 'a form of tidig',
  tillsammans: 'Vi ska arbeta tillsammans för patientens bästa',
  viktig: 'a form of viktigt',
  viktigare: 'a form of viktigt',
  viktigast: 'a form of viktigt',
  viktigt: 'Vad är viktigt för kronobergarna?',
};

// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'aderton', 'adertonde', 'adjö', 'aldrig', 'allas', 'allt', 'alltid', 'alltså', 'andra', 'andras', 'annan', 'annat',
  'artonde', 'artonn', 'att', 'av', 'bakom', 'bara', 'behöva', 'behövas', 'behövde', 'behövt', 'bland', 'blev', 'bli',
  'blir', 'blivit', 'bort', 'borta', 'bra', 'bäst', 'bättre', 'båda', 'bådas', 'dag', 'dagar', 'dagarna', 'dagen', 'de',
  'del', 'delen', 'dem', 'den', 'denna', 'deras', 'dess', 'dessa', 'det', 'detta', 'dig', 'din', 'dina', 'dit', 'ditt',
  'dock', 'dom', 'du', 'där', 'därför', 'då', 'e', 'efter', 'eftersom', 'ej', 'elfte', 'eller', 'elva', 'emot', 'en',
  'enligt', 'ens', 'er', 'era', 'ers', 'ert', 'ett', 'ettusen', 'fanns', 'fem', 'femte', 'femtio', 'femtionde', 'femton',
  'femtonde', 'fick', 'fin', 'finnas', 'finns', 'fjorton', 'fjortonde', 'fjärde', 'fler', 'flera', 'flesta', 'fram',
  'framför', 'från', 'fyra', 'fyrtio', 'fyrtionde', 'få', 'får', 'fått', 'följande', 'för', 'före', 'förlåt', 'förra',
  'första', 'genast', 'genom', 'gick', 'gjorde', 'gjort', 'godare', 'godast', 'gälla', 'gäller', 'gällt', 'gärna', 'gå',
  'går', 'gått', 'gör', 'göra', 'ha', 'hade', 'haft', 'han', 'hans', 'har', 'heller', 'hellre', 'helst', 'helt', 'henne',
  'hennes', 'hit', 'hon', 'honom', 'hundra', 'hundraen', 'hundraett', 'hur', 'här', 'höger', 'i', 'ibland', 'icke',
  'idag', 'igen', 'igår', 'imorgon', 'in', 'inför', 'inga', 'ingen', 'ingenting', 'inget', 'innan', 'inne', 'inom',
  'inuti', 'ja', 'jag', 'jo', 'ju', 'just', 'jämfört', 'kan', 'kanske', 'knappast', 'kom', 'komma', 'kommer', 'kommit',
  'kr', 'kunde', 'kunna', 'kunnat', 'kvar', 'legat', 'ligga', 'ligger', 'likställd', 'likställda', 'lilla', 'lite',
  'liten', 'litet', 'länge', 'längre', 'längst', 'lättare', 'lättast', 'långsam', 'långsammare', 'långsammast',
  'långsamt', 'långt', 'låt', 'man', 'med', 'mej', 'mellan', 'men', 'mer', 'mera', 'mest', 'mig', 'min', 'mina', 'mindre',
  'minst', 'mitt', 'mittemot', 'mot', 'mycket', 'många', 'måste', 'möjlig', 'möjligen', 'möjligt', 'möjligtvis', 'ned',
  'nederst', 'nedersta', 'nedre', 'nej', 'ner', 'ni', 'nio', 'nionde', 'nittio', 'nittionde', 'nitton', 'nittonde',
  'nog', 'noll', 'nr', 'nu', 'nummer', 'när', 'någon', 'någonting', 'något', 'några', 'nån', 'nånting', 'nåt',
  'nödvändig', 'nödvändiga', 'nödvändigt', 'nödvändigtvis', 'och', 'också', 'ofta', 'oftast', 'olika', 'olikt', 'om',
  'oss', 'på', 'rakt', 'redan', 'sa', 'sade', 'sagt', 'sedan', 'senare', 'senast', 'sent', 'sex', 'sextio',
  'sextionde', 'sexton', 'sextonde', 'sig', 'sin', 'sina', 'sist', 'sista', 'siste', 'sitt', 'sitta', 'sju', 'sjunde',
  'sjuttio', 'sjuttionde', 'sjutton', 'sjuttonde', 'sjätte', 'ska', 'skall', 'skulle', 'slutligen', 'små', 'smått',
  'snart', 'som', 'stor', 'stora', 'stort', 'större', 'störst', 'säga', 'säger', 'sämre', 'sämst', 'så', 'sådan',
  'sådana', 'sådant', 'ta', 'tack', 'tar', 'tidigare', 'tidigast', 'till', 'tills', 'tio', 'tionde', 'tjugo', 'tjugoen',
  'tjugoett', 'tjugonde', 'tjugotre', 'tjugotvå', 'tjungo', 'tolfte', 'tolv', 'tre', 'tredje', 'trettio', 'trettionde',
  'tretton', 'trettonde', 'två', 'tvåhundra', 'under', 'upp', 'ur', 'ursäkt', 'ut', 'utan', 'utanför', 'ute', 'va', 'vad',
  'var', 'vara', 'varför', 'varifrån', 'varit', 'varje', 'varken', 'vars', 'varsågod', 'vart', 'vem', 'vems', 'verkligen',
  'vi', 'vid', 'vidare', 'vilka', 'vilkas', 'vilken', 'vilket', 'vill', 'väl', 'vänster', 'vänstra', 'värre', 'vår',
  'våra', 'vårt', 'än', 'ännu', 'är', 'även', 'åt', 'åtminstone', 'åtta', 'åttio', 'åttionde', 'åttonde', 'över',
  'övermorgon', 'överst', 'övre',
]);
