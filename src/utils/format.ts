const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** Swedish number format: a space between thousands, a comma for decimals (`206 000`, `83,7`). */
export function formatNumber(value: number, decimals = 0): string {
  const formatter =
    decimals === 0 ? integer : new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // Intl uses U+2212 for minus and U+00A0 between thousands; keep the no-break space (it must not wrap) but use a plain hyphen-minus.
  return formatter.format(value).replace(/\u2212/g, '-');
}

/**
 * A number's digit groups joined by no-break spaces (`11 900` → `11\u00a0900`, `EN 301 549` too),
 * so that no number breaks across lines. A group is 1–3 digits followed by groups of exactly three;
 * separate numbers such as years in a list (`2021 2030`) are left alone. Letters and digits are
 * unchanged, so quotes stay word for word.
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)/g, (number) => number.replace(/ /g, '\u00a0'));
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `20 januari 2022` */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** `2022-01-20`, for `<time datetime>` */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
