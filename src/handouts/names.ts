/**
 * The handouts the build writes beside the pages, at stable Swedish addresses: the whole
 * strategy as a PDF (printed from /hela-strategin/, pdf.ts) and as a slide deck (deck.ts).
 * No imports, so the bench (plain Node) can read it too.
 */
export const HANDOUTS = {
  pdf: { file: 'narmare-kronobergaren.pdf', type: 'application/pdf' },
  pptx: { file: 'narmare-kronobergaren.pptx', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
} as const;
export type HandoutKind = keyof typeof HANDOUTS;
