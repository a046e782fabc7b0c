/**
 * The YAML files of `content/`, by collection: the schemas load them, and "Senast ändrad" counts
 * them among the files a page is built from.
 */
export const DATA_FILES = {
  voices: 'content/roster.yaml',
  labels: 'content/etiketter.yaml',
  quotes: 'content/citat.yaml',
  indicators: 'content/indikatorer.yaml',
  charts: 'content/diagram.yaml',
  keyFigures: 'content/nyckeltal.yaml',
} as const;
