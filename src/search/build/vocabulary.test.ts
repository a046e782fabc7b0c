import { describe, expect, it } from 'vitest';
import { indexedKeys, missingWords, vocabularyOf } from './vocabulary';

describe('the site’s word list', () => {
  const texts = ['Alla vårdkontakter ska dokumenteras utan dubbel|dokumentation.', 'Ökat HME-index. 11 900 personer'];

  it('holds each word as written and the parts of split compounds, lower case, sorted, without numbers', () => {
    expect(vocabularyOf(texts)).toEqual(['alla', 'dokumentation', 'dokumenteras', 'dubbel', 'dubbeldokumentation', 'hme', 'index', 'personer', 'ska', 'utan', 'vårdkontakter', 'ökat']);
  });
  it('says which words of a phrase no indexed word matches', () => {
    const keys = indexedKeys(texts);
    expect(missingWords('vårdkontakt', keys)).toEqual([]);
    expect(missingWords('dokumentation index', keys)).toEqual([]);
    expect(missingWords('läkare dubbel', keys)).toEqual(['läkare']);
    expect(missingWords('1177', keys)).toEqual(['1177']);
  });
});
