import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendShortAddresses, checkShortAddresses, readShortAddresses, SHORT_ADDRESS_FILE } from './short-addresses';

const page = '/inriktningar/aktiva-medskapare/';
const first = `${page}#vi-ska-vara-en-forebyggande`;
const second = `${page}#vi-ska-erbjuda-delaktighet`;
const known = new Set([page, first, second]);

describe('checkShortAddresses', () => {
  it('accepts a record that matches the numbering', () => {
    const computed = [{ from: '/3.1/', to: first, label: '3.1 A' }, { from: '/3.2/', to: second, label: '3.2 B' }];
    expect(checkShortAddresses(computed, computed.map(({ from, to }) => ({ from, to })), known, [])).toEqual({ problems: [], unrecorded: [] });
  });

  it('reports an address the record lacks', () => {
    const result = checkShortAddresses([{ from: '/3.1/', to: first, label: '3.1 A' }], [], known, []);
    expect(result.problems).toEqual([]);
    expect(result.unrecorded.map((u) => u.from)).toEqual(['/3.1/']);
  });

  it('fails when a reordered edition would move an address, naming it, both targets and how to decide', () => {
    const computed = [{ from: '/3.1/', to: second, label: '3.1 B' }, { from: '/3.2/', to: first, label: '3.2 A' }];
    const recorded = [{ from: '/3.1/', to: first }, { from: '/3.2/', to: second }];
    const { problems } = checkShortAddresses(computed, recorded, known, []);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('/3.1/');
    expect(problems[0]).toContain(`publicerad:  /3.1/ → ${first}`);
    expect(problems[0]).toContain(`numreringen: /3.1/ → ${second}`);
    expect(problems[0]).toContain('keep: true');
    expect(problems[0]).toContain('content/aliases.yaml');
  });

  it('keeps a kept address where it led, and follows a renamed heading through its alias', () => {
    const computed = [{ from: '/3.1/', to: second, label: '3.1 B' }];
    expect(checkShortAddresses(computed, [{ from: '/3.1/', to: first, keep: true }], known, []).problems).toEqual([]);
    const renamed = [{ from: '/3.1/', to: `${page}#gammalt-id` }];
    expect(checkShortAddresses(computed, renamed, known, [{ from: 'gammalt-id', to: 'vi-ska-erbjuda-delaktighet' }]).problems).toEqual([]);
  });

  it('fails when a recorded address leads nowhere', () => {
    const { problems } = checkShortAddresses([], [{ from: '/3.4/', to: `${page}#borta` }], known, []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\/3\.4\/ leder till .*#borta, som inte finns/);
  });
});

describe('the record file', () => {
  const project = () => {
    const root = mkdtempSync('/tmp/kortadresser-');
    mkdirSync(`${root}/content`);
    return root;
  };

  it('is written by appending: what is recorded stays as written', () => {
    const root = project();
    expect(readShortAddresses(root)).toEqual([]);
    appendShortAddresses([{ from: '/3/', to: page, label: 'Inriktning 3: X' }], root);
    const edited = readFileSync(`${root}/${SHORT_ADDRESS_FILE}`, 'utf8').replace(`to: "${page}"`, `to: "${page}"\n  keep: true`);
    writeFileSync(`${root}/${SHORT_ADDRESS_FILE}`, edited);
    appendShortAddresses([{ from: '/3.1/', to: first, label: '3.1 A' }], root);
    const text = readFileSync(`${root}/${SHORT_ADDRESS_FILE}`, 'utf8');
    expect(text.startsWith(edited)).toBe(true);
    expect(text).toContain('# 3.1 A\n');
    expect(readShortAddresses(root)).toEqual([{ from: '/3/', to: page, keep: true }, { from: '/3.1/', to: first }]);
  });

  it('has a schema; an error names the file, the entry and the field', () => {
    const root = project();
    writeFileSync(`${root}/${SHORT_ADDRESS_FILE}`, `- from: "/3.1/"\n  to: "${first}"\n- from: "3.2"\n  to: "${second}"\n- from: "/3.1/"\n  to: "${second}"\n  moved: yes\n`);
    const read = () => readShortAddresses(root);
    expect(read).toThrow(`${SHORT_ADDRESS_FILE} (post 2, fältet "from")`);
    expect(read).toThrow('/3.1/ står redan tidigare i filen');
    expect(read).toThrow(/post 3.*moved/);
  });
});
