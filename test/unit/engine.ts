// The engine under test: the TypeScript sources, or the built bundle when TESTENV=dist (as compromise does with TESTENV=prod).
import * as src from '../../src/analysis/index';

type Engine = typeof src;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const engine: Engine = process.env.TESTENV === 'dist' ? require('../../dist/engine.js') : src;
export const { analyze } = engine;
