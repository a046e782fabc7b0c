/** Every built page is valid HTML (html-validate's recommended rules; see .htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  for (const { path, file } of builtPages('dist')) {
    it(path, async () => {
      const report = await validator.validateFile(file);
      const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
      expect(errors).toEqual([]);
    });
  }
});
