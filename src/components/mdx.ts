import H2 from './headings/H2.astro';
import H3 from './headings/H3.astro';
import H4 from './headings/H4.astro';
import H5 from './headings/H5.astro';
import Quote from './Quote.astro';
import Chart from './chart/Chart.astro';
import LaterEdition from './LaterEdition.astro';
import Contact from './Contact.astro';
import NearCareKeyFigures from './NearCareKeyFigures.astro';

/** Components available to every MDX file in `content/` (no imports needed there). */
export const mdxComponents = { h2: H2, h3: H3, h4: H4, Quote, Chart, LaterEdition, Contact, NearCareKeyFigures };

/** The same, one heading level down: for pages that nest whole chapters under their own headings. */
export const nestedMdxComponents = { ...mdxComponents, h2: H3, h3: H4, h4: H5 };
