/**
 * Short addresses (`/2/`, `/2.3/`): computed from the outlines' numbers, checked against the
 * published record (content/kortadresser.yaml, src/config/short-addresses.ts) once per build.
 * The record is what the site publishes: redirect pages, the list for staff, the 404 page and
 * share controls read it from here; the build fails when the numbering disagrees with it.
 */
import { AstroError } from 'astro/errors';
import { readAliases } from '../config/aliases';
import { appendShortAddresses, checkShortAddresses, readShortAddresses, resolveTarget, SHORT_ADDRESS_FILE, type ComputedShortAddress } from '../config/short-addresses';
import { sitePath } from '../utils/url';
import type { Part } from './parts';
import { getOutlines } from './sections';
import { once } from '../utils/once';

type Direction = Extract<Part, { kind: 'direction' }>;

/** A published short address with the section it leads to. */
export interface ShortAddress {
  /** `/2.3/` (without the base path). */
  path: string;
  /** `/inriktningar/nara-och-samordnad/#vi-ska-…` (without the base path). */
  target: string;
  /** The section's number now ("2.3"; "2" for a direction) and its title. */
  number?: string;
  title: string;
  /** "2.3 Vi ska …", "Inriktning 2: I Kronoberg …": how lists and redirect pages name it. */
  label: string;
  direction: Direction;
}

interface Known {
  number?: string;
  title: string;
  label: string;
  direction?: Direction;
}

/** Every section of the strategy by its address, and the short addresses its numbering gives. */
async function fromOutlines(): Promise<{ known: Map<string, Known>; computed: (ComputedShortAddress & Known)[] }> {
  const known = new Map<string, Known>();
  const computed: (ComputedShortAddress & Known)[] = [];
  for (const { part, self, sections } of await getOutlines()) {
    const page = sitePath(part.href);
    const direction = part.kind === 'direction' ? part : undefined;
    const whole: Known = { number: direction ? String(direction.number) : undefined, title: part.title, label: part.label, direction };
    known.set(page, whole);
    known.set(`${page}#${self.id}`, whole);
    if (direction) computed.push({ from: `/${direction.number}/`, to: page, ...whole });
    for (const s of sections) {
      const info: Known = { number: s.number, title: s.text, label: s.number ? `${s.number} ${s.text}` : s.text, direction };
      known.set(`${page}#${s.id}`, info);
      if (s.number) computed.push({ from: `/${s.number}/`, to: `${page}#${s.id}`, ...info });
    }
  }
  return { known, computed };
}

/** Set by `npm run kortadresser:update`: record new addresses instead of failing. */
const updating = () => process.env.NARMARE_SHORT_ADDRESSES === 'update';

async function load(): Promise<ShortAddress[]> {
  const { known, computed } = await fromOutlines();
  const { anchors } = readAliases();
  let recorded = readShortAddresses();
  const { problems, unrecorded } = checkShortAddresses(computed, recorded, new Set(known.keys()), anchors);
  if (unrecorded.length && updating()) {
    appendShortAddresses(unrecorded);
    console.info(`${SHORT_ADDRESS_FILE}: ${unrecorded.length} nya korta adresser: ${unrecorded.map((u) => u.from).join(' ')}`);
    recorded = readShortAddresses();
  } else if (unrecorded.length) {
    problems.push(
      `${SHORT_ADDRESS_FILE} saknar korta adresser som numreringen ger:\n${unrecorded.map((u) => `    ${u.from} → ${u.to} (${u.label})`).join('\n')}\n` +
        `  Kör npm run kortadresser:update och granska ändringen i ${SHORT_ADDRESS_FILE}.`,
    );
  }
  if (problems.length) {
    throw new AstroError(`Korta adresser:\n- ${problems.join('\n- ')}`, `Se avsnittet om korta adresser i README.md.`);
  }
  // An address belongs to the direction its first number names (/2.3/ to direction 2), wherever it leads.
  const directions = new Map(computed.filter((c) => c.direction).map((c) => [c.direction!.number, c.direction!]));
  return recorded.map((r): ShortAddress => {
    const section = known.get(resolveTarget(r.to, anchors))!;
    const direction = directions.get(Number(r.from.split(/[/.]/)[1]));
    if (!direction) throw new AstroError(`${SHORT_ADDRESS_FILE}: den korta adressen ${r.from} hör till en inriktning som inte finns.`, 'Inriktningarna är filerna i content/inriktningar/.');
    return { path: r.from, target: r.to, number: section.number, title: section.title, label: section.label, direction };
  });
}

/** The published short addresses, in the record's order, checked against the numbering (once per build). */
export const publishedShortAddresses: () => Promise<ShortAddress[]> = once(load);

/** The short address that leads to `target` (a site path with its fragment), if one does. */
export async function shortAddressFor(target: string): Promise<ShortAddress | undefined> {
  const { anchors } = readAliases();
  const leading = (await publishedShortAddresses()).filter((a) => resolveTarget(a.target, anchors) === target);
  // After a move both the new and a kept address may lead here: prefer the one with the section's own number.
  return leading.find((a) => a.path === `/${a.number}/`) ?? leading[0];
}

/** The published short addresses grouped by direction, in the directions' order. */
export async function shortAddressGroups(): Promise<{ direction: Direction; addresses: ShortAddress[] }[]> {
  const groups = new Map<number, { direction: Direction; addresses: ShortAddress[] }>();
  for (const a of await publishedShortAddresses()) {
    const group = groups.get(a.direction.number) ?? { direction: a.direction, addresses: [] };
    group.addresses.push(a);
    groups.set(a.direction.number, group);
  }
  const second = (a: ShortAddress) => Number(a.path.split(/[/.]/)[2] || 0);
  return [...groups.values()]
    .sort((a, b) => a.direction.number - b.direction.number)
    .map((g) => ({ ...g, addresses: g.addresses.sort((a, b) => second(a) - second(b)) }));
}
