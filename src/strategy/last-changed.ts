/**
 * "Senast ändrad" for a page: the latest date among the content files it is built from. A file's
 * date is the `changed` date an editor set in its front matter, else the date of the last commit
 * that changed it (so commits that touch only code do not count). Without git history and
 * without an editor's date there is no date: never the build's own date dressed up as an edit.
 */
import { execFileSync } from 'node:child_process';

export interface ContentSource {
  /** Path from the project root, e.g. `content/kapitel/forord.mdx`. */
  file: string;
  /** An editor's explicit date (front matter `changed`). */
  changed?: Date;
}

const commitDates = new Map<string, Date | undefined>();

/** The date of the last commit that changed `file`, or undefined where git knows none. */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  const key = `${cwd}\0${file}`;
  if (!commitDates.has(key)) {
    let out = '';
    try {
      out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      out = ''; // not a git checkout (a copy of the project, an unpacked archive): no date
    }
    commitDates.set(key, out ? new Date(out) : undefined);
  }
  return commitDates.get(key);
}

/** The latest date among the sources, or undefined when none has one. */
export function lastChanged(sources: ContentSource[], cwd = process.cwd()): Date | undefined {
  const dates = sources.map((s) => s.changed ?? lastCommitDate(s.file, cwd)).filter((d): d is Date => d !== undefined);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}
