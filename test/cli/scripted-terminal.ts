import type { OpenTerminal } from '../../src/cli/terminal.js';

/** Answers in order, or by the question asked; undefined = Ctrl-D. */
export type Script = ReadonlyArray<string | undefined> | ((question: string) => string | undefined);

/** A terminal that answers from a script and records what it was shown and asked. */
export function scripted(answers: Script): { terminal: OpenTerminal; shown: () => string; asked: string[]; closed: () => boolean } {
  const queue = typeof answers === 'function' ? [] : [...answers];
  const out: string[] = [];
  const asked: string[] = [];
  let closed = false;
  return {
    terminal: {
      write: (s) => void out.push(s),
      prompt: async (q) => {
        asked.push(q);
        out.push(q);
        if (typeof answers !== 'function' && queue.length === 0) throw new Error(`no answer scripted for ${JSON.stringify(q)}\n${out.join('')}`);
        const a = typeof answers === 'function' ? answers(q) : queue.shift();
        out.push(`${a ?? '<EOF>'}\n`);
        return a;
      },
      close: () => void (closed = true),
    },
    shown: () => out.join(''),
    asked,
    closed: () => closed,
  };
}
