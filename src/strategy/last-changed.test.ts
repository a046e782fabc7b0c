import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged } from './last-changed';

const who = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const git = (cwd: string, args: string[], date = '') =>
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, ...who, ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) } });

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'last-changed-'));
  git(dir, ['init', '-q']);
  return dir;
}

function commit(dir: string, file: string, date: string) {
  writeFileSync(join(dir, file), date);
  git(dir, ['add', file]);
  git(dir, ['commit', '-qm', file], date);
}

describe('lastChanged', () => {
  it('takes the latest commit that changed one of the files, not commits to other files', () => {
    const dir = repo();
    commit(dir, 'a.mdx', '2026-01-02T10:00:00Z');
    commit(dir, 'b.yaml', '2026-03-04T10:00:00Z');
    commit(dir, 'code.ts', '2026-05-06T10:00:00Z');
    expect(lastChanged([{ file: 'a.mdx' }, { file: 'b.yaml' }], dir)?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });

  it("prefers an editor's date to the commit date of that file", () => {
    const dir = repo();
    commit(dir, 'a.mdx', '2026-01-02T10:00:00Z');
    expect(lastChanged([{ file: 'a.mdx', changed: new Date('2025-12-24T00:00:00Z') }], dir)?.toISOString()).toBe('2025-12-24T00:00:00.000Z');
  });

  it('gives no date where there is no git history and no editor date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    writeFileSync(join(dir, 'a.mdx'), 'x');
    expect(lastChanged([{ file: 'a.mdx' }], dir)).toBeUndefined();
  });
});
