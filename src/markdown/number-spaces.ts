import type { HastPluginEntry } from 'satteri';
import { keepNumbersTogether } from '../utils/format';

/** Numbers in Markdown/MDX text keep their digit groups on one line (`206 000` with a no-break space). */
export function numberSpaces(): HastPluginEntry {
  return {
    name: 'narmare-number-spaces',
    text(node) {
      const value = keepNumbersTogether(node.value);
      if (value !== node.value) return { ...node, value };
    },
  };
}
