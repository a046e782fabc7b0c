/** "/" focuses the search field, as on many large sites, unless the reader is typing somewhere. */
export function focusSearchOnSlash(fieldId: string): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLInputElement)) throw new Error(`focusSearchOnSlash: no <input id="${fieldId}"> on the page.`);
    event.preventDefault();
    field.focus();
    field.select();
  });
}
