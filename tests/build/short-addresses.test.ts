/**
 * Published short addresses never move silently. Each case builds a copy of the project with
 * changed content: an edition that reorders direction 3 (as the 2027 excerpt does), the same with
 * the old targets kept, and a new section, first without and then with `npm run kortadresser:update`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/fixture-build';
import { copyProject } from '../support/project-copy';

const DIRECTION_3 = 'content/inriktningar/aktiva-medskapare.mdx';
const RECORD = 'content/kortadresser.yaml';
const PREVENTIVE = '/inriktningar/aktiva-medskapare/#vi-ska-vara-en-forebyggande-och-halsoframjande-halso-och-sjukvard';
const PARTICIPATION = '/inriktningar/aktiva-medskapare/#vi-ska-erbjuda-varje-patient-hog-delaktighet';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(changes: Record<string, (text: string) => string>): string {
  const dir = copyProject();
  copies.push(dir);
  for (const [file, change] of Object.entries(changes)) {
    const before = readFileSync(join(dir, file), 'utf8');
    const after = change(before);
    expect(after, `the fixture changes ${file}`).not.toBe(before);
    writeFileSync(join(dir, file), after);
  }
  return dir;
}

const run = (dir: string, script?: string) => buildCopy(dir, { script });

/** Direction 3 with its first two sections in the later edition's order: delaktighet, then förebyggande. */
const reorder = (text: string) => {
  const [head, preventive, participation, rest] = text.split(/(?=^### )/m);
  return [head, participation, preventive, rest].join('');
};

/** What the built redirect page at a short address leads to. */
const redirectOf = (dir: string, short: string) => readFileSync(join(dir, 'dist', short, 'index.html'), 'utf8').match(/http-equiv="refresh" content="0; url=([^"]+)"/)?.[1];

describe('short addresses', () => {
  it('a reordered edition fails the build, naming the address, both targets and how to decide', () => {
    const result = run(project({ [DIRECTION_3]: reorder }));
    expect(result.status, result.output.slice(-3000)).not.toBe(0);
    expect(result.output).toContain('den korta adressen /3.1/ skulle flytta');
    expect(result.output).toContain(`publicerad:  /3.1/ → ${PREVENTIVE}`);
    expect(result.output).toContain(`numreringen: /3.1/ → ${PARTICIPATION}`);
    expect(result.output).toContain('den korta adressen /3.2/ skulle flytta');
    expect(result.output).toContain(RECORD);
    expect(result.output).toContain('keep: true');
    expect(result.output).toContain('content/aliases.yaml');
    expect(result.dist, 'no half-built dist/ is left').toBe(false);
  });

  it('keeping the old targets in the record lets the build through, and the addresses lead where they always led', () => {
    const keep = (text: string) => text.replace(/(- from: "\/3\.[12]\/"\n  to: "[^"]+")/g, '$1\n  keep: true');
    const dir = project({ [DIRECTION_3]: reorder, [RECORD]: keep });
    const result = run(dir);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(redirectOf(dir, '3.1')).toBe(PREVENTIVE);
    expect(redirectOf(dir, '3.2')).toBe(PARTICIPATION);
  });

  const newSection = {
    'content/inriktningar/nara-och-samordnad.mdx': (text: string) =>
      text.replace(/^### Vi ska säkerställa kontinuitet i vårdprocesser/m, '### Vi ska pröva en ny rubrik\n\nEn ny text.\n\n$&'),
  };

  it('a new section fails the build until the command records its short address', () => {
    const result = run(project(newSection));
    expect(result.status, result.output.slice(-3000)).not.toBe(0);
    expect(result.output).toContain(`${RECORD} saknar korta adresser`);
    expect(result.output).toContain('/2.4/ → /inriktningar/nara-och-samordnad/#vi-ska-sakerstalla-kontinuitet-i-vardprocesser');
    expect(result.output).toContain('npm run kortadresser:update');
  });

  it('npm run kortadresser:update only adds; a moved address still needs a decision', () => {
    // The new section takes 2.3, so 2.3 would move and 2.4 is new: the command must not decide the move.
    const refused = run(project(newSection), 'scripts/update-short-addresses.mjs');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('den korta adressen /2.3/ skulle flytta');
    // Appended after the last section, nothing moves: the command records /2.4/ and the build passes.
    const appended = {
      'content/inriktningar/nara-och-samordnad.mdx': (text: string) => `${text}\n### Vi ska pröva en ny rubrik\n\nEn ny text.\n`,
    };
    const dir = project(appended);
    const before = load(readFileSync(join(dir, RECORD), 'utf8')) as { from: string; to: string }[];
    const result = run(dir, 'scripts/update-short-addresses.mjs');
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const after = load(readFileSync(join(dir, RECORD), 'utf8')) as { from: string; to: string }[];
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([{ from: '/2.4/', to: '/inriktningar/nara-och-samordnad/#vi-ska-prova-en-ny-rubrik' }]);
    expect(redirectOf(dir, '2.4')).toBe('/inriktningar/nara-och-samordnad/#vi-ska-prova-en-ny-rubrik');
  });
});
