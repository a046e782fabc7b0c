import Heading from './heading/Heading.astro';
import Quote from './user/Quote.astro';
import Chart from './chart/Chart.astro';
import Excerpt2027 from './user/Excerpt2027.astro';
import Contact from './user/Contact.astro';
import NearCareKeyFigures from './user/NearCareKeyFigures.astro';

/**
 * The components authors may use in `content/` MDX, with no import there. Headings (## to ####)
 * become `Heading`, which finds its section, level and number in src/strategy/sections.ts.
 */
export const userComponents = { h2: Heading, h3: Heading, h4: Heading, Quote, Chart, Excerpt2027, Contact, NearCareKeyFigures };
