import { NO_PAINT, type Paint } from '../report/types.js';

/** Colours from chalk, loaded only when colour is on (piped and NO_COLOR runs skip it). */
export async function createPaint(color: boolean): Promise<Paint> {
  if (!color) return NO_PAINT;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    red: (s) => c.red(s), boldRed: (s) => c.bold.red(s), yellow: (s) => c.yellow(s), green: (s) => c.green(s),
    cyan: (s) => c.cyan(s), dim: (s) => c.dim(s), bold: (s) => c.bold(s), underline: (s) => c.underline(s),
  };
}
