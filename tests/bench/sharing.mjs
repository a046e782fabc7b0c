// What sharing costs, from the build alone (deterministic): per page, the bytes (gzip) of its "Dela"
// panels' markup and of its link-preview tags, and the share script on first load; the QR codes'
// sizes (fetched only when a panel opens); the QR version of a short address and of a section's
// full address; and the time the build spends drawing images (its own log line).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import QRCode from 'qrcode';

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
/** What leaving `pattern` out of the page saves, compressed with the rest of the page as it is served. */
const added = (html, pattern) => gz(html) - gz(html.replace(pattern, ''));

/** @param {string} file a built page @param {string[]} jsFiles the scripts of its first load (weight.mjs) */
export function sharingOnPage(file, jsFiles) {
  const html = readFileSync(file, 'utf8');
  const script = jsFiles.filter((f) => /\/Share\.astro_[^/]*\.js$/.test(f)).reduce((t, f) => t + gz(readFileSync(f)), 0);
  return {
    panels: (html.match(/<share-panel\b/g) ?? []).length,
    markupGzip: added(html, /<share-panel\b[\s\S]*?<\/share-panel>/g),
    previewTagsGzip: added(html, /<meta (?:property="og:image[^"]*"|name="twitter:card")[^>]*>/g),
    scriptGzip: script,
  };
}

/** The QR codes in dist/qr: how many, and their SVGs' sizes (gzip) as a panel fetches one. */
export function qrFiles(dir) {
  const svgs = readdirSync(join(dir, 'qr')).filter((f) => f.endsWith('.svg')).map((f) => gz(readFileSync(join(dir, 'qr', f))));
  svgs.sort((a, b) => a - b);
  return { count: svgs.length, svgGzipMin: svgs[0], svgGzipMedian: svgs[Math.floor(svgs.length / 2)], svgGzipMax: svgs.at(-1) };
}

/** The QR version (and modules per side) of an address, with the build's settings (src/build-images/qr.ts). */
export function qrVersion(text) {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M', margin: 4 });
  return { text, version: code.version, modules: code.modules.size };
}

/** The build's own figure for its images (src/integrations/build-images.ts logs it). */
export const imagesMs = (stdout) => {
  const m = stdout.match(/(\d+) link previews and (\d+) QR codes \(SVG and PNG\) in (\d+) ms \((\d+) ms CPU\)/);
  return m ? { previews: Number(m[1]), qrCodes: Number(m[2]), ms: Number(m[3]), cpuMs: Number(m[4]) } : undefined;
};
