import type { APIRoute } from 'astro';
import { buildDeck } from '../handouts/deck';
import { deckContent } from '../handouts/deck-content';
import { HANDOUTS } from '../handouts/files';

/** "Ladda ner presentation": the strategy as a slide deck, built from the same content as the pages. */
export const GET: APIRoute = async () => new Response(Buffer.from(await buildDeck(await deckContent())), { headers: { 'Content-Type': HANDOUTS.pptx.type } });
