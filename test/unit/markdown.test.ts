import * as assert from 'node:assert/strict';
import { markdownCodeRanges } from '../../src/analysis/markdown';

const code = (text: string): string[] => markdownCodeRanges(text).map((r) => text.slice(r.start, r.end));

describe('markdownCodeRanges', () => {
  const table: Array<[string, string, string[]]> = [
    ['inline code', 'Use `said` here.', ['`said`']],
    ['double-backtick code holding a backtick', 'A ``x ` y`` span.', ['``x ` y``']],
    ['an unclosed backtick is literal', 'It is `open only.', []],
    ['a fenced block, fences included', 'Intro\n```\n“We reject,” he said.\n```\nAfter', ['```\n“We reject,” he said.\n```\n']],
    ['a tilde fence left open runs to the end', 'Intro\n~~~\ncode', ['~~~\ncode']],
    ['an indented block after a blank line', 'Text\n\n    indented code\nText', ['    indented code\n']],
    ['no code in plain prose', '“We are ready,” she said.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(code(text), expected));
});
