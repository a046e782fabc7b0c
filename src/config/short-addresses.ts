import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import type { Aliases } from './aliases';

/**
 * The published short addresses (`/2/`, `/2.3/`), recorded in content/kortadresser.yaml. The file
 * is the single list the site's redirect pages and the server's 301 rules are made from; the
 * build checks it against the numbering (src/strategy/short-addresses.ts), and
 * `npm run kortadresser:update` only ever adds to it. Plain Node (no astro:content), so the
 * deployment rules can read it too. Node imports this file as TypeScript, so it uses only type
 * syntax that can be stripped.
 */

export const SHORT_ADDRESS_FILE = 'content/kortadresser.yaml';

const entry = z.strictObject({
  /** The short address: a direction `/2/` or a section `/2.3/`. */
  from: z.string().regex(/^\/[1-9]\d*(\.[1-9]\d*)?\/$/, 'en kort adress skrivs "/2/" eller "/2.3/"'),
  /** Where it leads: a site path (without the base path), with the section's fragment. */
  to: z.string().regex(/^\/[^\s?#]*(#[a-z0-9-]+)?$/, 'målet är en sökväg på webbplatsen, "/inriktningar/…/#…", utan frågetecken'),
  /** Keep this target although the numbering now gives the number to another section. */
  keep: z.literal(true).optional(),
});

/** The schema of content/kortadresser.yaml: a list of addresses, each recorded once. */
export const shortAddressRecord = z.array(entry).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (seen.has(e.from)) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `${e.from} står redan tidigare i filen` });
    seen.add(e.from);
  });
});

export type RecordedShortAddress = z.infer<typeof entry>;

/** The recorded short addresses; a missing file is an empty record. Errors name the file, the entry and the field. */
export function readShortAddresses(root = process.cwd()): RecordedShortAddress[] {
  const file = `${root}/${SHORT_ADDRESS_FILE}`;
  if (!existsSync(file)) return [];
  const parsed = shortAddressRecord.safeParse(load(readFileSync(file, 'utf8')) ?? []);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const [index, field] = issue.path;
    const where = typeof index === 'number' ? `post ${index + 1}${field ? `, fältet "${String(field)}"` : ''}` : 'filen';
    return `${SHORT_ADDRESS_FILE} (${where}): ${issue.message}`;
  });
  throw new Error(`Fel i de korta adresserna:\n- ${problems.join('\n- ')}`);
}

/**
 * The short addresses as server redirects (301), for the deployment rules: site paths without the
 * base path, as in content/aliases.yaml. The build has checked this list against the numbering.
 */
export function shortAddressRedirects(root = process.cwd()): { from: string; to: string }[] {
  return readShortAddresses(root).map(({ from, to }) => ({ from, to }));
}

/** A short address the numbering gives: `/2.3/` → the section that is now 2.3. */
export interface ComputedShortAddress {
  from: string;
  to: string;
  /** "2.3 Vi ska säkerställa kontinuitet i vårdprocesser", for messages and the file's comments. */
  label: string;
}

/** A target with an alias fragment (content/aliases.yaml) resolved to the heading it now leads to. */
export function resolveTarget(to: string, anchors: Aliases['anchors']): string {
  const [page = '', fragment] = to.split('#');
  const alias = fragment ? anchors.find((a) => a.from === fragment) : undefined;
  return alias ? `${page}#${alias.to}` : to;
}

/**
 * Compares the numbering with the record. A recorded address must lead to a section that exists
 * (directly or through an alias) and, unless it is kept, to the section the numbering gives it.
 * Returns the problems (Swedish, naming the address, both targets and how to decide) and the
 * addresses the record does not have yet.
 */
export function checkShortAddresses(
  computed: ComputedShortAddress[],
  recorded: RecordedShortAddress[],
  known: Set<string>,
  anchors: Aliases['anchors'],
): { problems: string[]; unrecorded: ComputedShortAddress[] } {
  const problems: string[] = [];
  const unrecorded: ComputedShortAddress[] = [];
  for (const r of recorded) {
    if (!known.has(resolveTarget(r.to, anchors))) {
      problems.push(
        `${SHORT_ADDRESS_FILE}: den korta adressen ${r.from} leder till ${r.to}, som inte finns på webbplatsen. ` +
          `En publicerad kort adress tas aldrig bort: har avsnittet bytt namn, låt dess gamla id leda till det nya med ett alias i content/aliases.yaml (anchors), ` +
          `eller skriv i fältet "to" ett avsnitt som finns.`,
      );
    }
  }
  for (const c of computed) {
    const r = recorded.find((e) => e.from === c.from);
    if (!r) unrecorded.push(c);
    else if (!r.keep && resolveTarget(r.to, anchors) !== c.to) {
      problems.push(
        `${SHORT_ADDRESS_FILE}: den korta adressen ${c.from} skulle flytta.\n` +
          `    publicerad:  ${c.from} → ${r.to}\n` +
          `    numreringen: ${c.from} → ${c.to} (${c.label})\n` +
          `  En publicerad kort adress tas aldrig bort. Bestäm i ${SHORT_ADDRESS_FILE}, under from: "${c.from}":\n` +
          `  - behåll det gamla målet: lägg till raden "keep: true". Adressen leder då dit den alltid har lett, fast avsnittet nu har ett annat nummer; eller\n` +
          `  - flytta adressen: skriv det nya målet, ${c.to}, i fältet "to", och låt det gamla målet nås som förut: ` +
          `finns avsnittet kvar under ett annat nummer leder dess egen korta adress dit; har det bytt namn, lägg dess gamla id i content/aliases.yaml (anchors).`,
      );
    }
  }
  return { problems, unrecorded };
}

const HEADER = `# Published short addresses: /2/ leads to direction 2, /2.3/ to its section 2.3. They are said
# aloud, typed from slides and printed in QR codes, so once published they are never removed.
#
# Written by \`npm run kortadresser:update\`, which adds the addresses the numbering gives and the
# file lacks; review the change like content. The build fails when the numbering would move a
# recorded address (an edition reorders sections): decide here, under that address, to keep its
# old target (add \`keep: true\`) or to move it (write the new target in \`to\`; the old target stays
# reachable under its own number, or through an alias in content/aliases.yaml if it was renamed).
#
# from: the short address; to: where it leads (a path on the site, without the base path).
`;

const yamlString = (s: string) => JSON.stringify(s);

/** Adds addresses at the end of the record, each under a comment naming its section; nothing is rewritten or removed. */
export function appendShortAddresses(entries: ComputedShortAddress[], root = process.cwd()): void {
  const file = `${root}/${SHORT_ADDRESS_FILE}`;
  if (!existsSync(file)) writeFileSync(file, HEADER);
  const text = entries.map((e) => `\n# ${e.label}\n- from: ${yamlString(e.from)}\n  to: ${yamlString(e.to)}\n`).join('');
  appendFileSync(file, text);
}
