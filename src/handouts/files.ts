import { t } from '../strings/sv';
import { formatNumber } from '../utils/format';

import { HANDOUTS, type HandoutKind } from './names';

export { HANDOUTS, type HandoutKind };

/** A file's size as a reader sees it: `850 kB`, `1,2 MB` (decimal units, a no-break space). */
export function fileSize(bytes: number): string {
  if (bytes < 999_500) return t('handouts.kB', { n: formatNumber(Math.max(1, Math.round(bytes / 1000))) });
  return t('handouts.MB', { n: formatNumber(bytes / 1_000_000, 1) });
}

/** `(PDF, 1,2 MB)` */
export const fileInfo = (kind: HandoutKind, bytes: number) => t('handouts.fileInfo', { kind: t(`handouts.kind.${kind}`), size: fileSize(bytes) });

/**
 * The pages are written before the handouts exist, so a download link carries an empty
 * `<span data-file-size="<file>">`; after the handouts are written, the build fills it with the
 * file's size (`fillFileSizes`) and drops the attribute. A marker for a file the build did not
 * write fails the build: there is never a link to a missing file.
 */
const MARKER = /<span data-file-size="([^"]+)"([^>]*)><\/span>/g;

export function fillFileSizes(html: string, sizeOf: (file: string) => number | undefined): string {
  return html.replace(MARKER, (_, file: string, rest: string) => {
    const kind = (Object.keys(HANDOUTS) as HandoutKind[]).find((k) => HANDOUTS[k].file === file);
    const bytes = sizeOf(file);
    if (!kind || bytes === undefined) throw new Error(`En länk anger storleken på ${file}, men bygget har inte skrivit den filen.`);
    return `<span${rest}>${fileInfo(kind, bytes)}</span>`;
  });
}
