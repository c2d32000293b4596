import { createInterface } from 'node:readline';
import type { Terminal } from './interactive.js';

/** A terminal the session can talk to, and let go of afterwards. */
export interface OpenTerminal extends Terminal {
  close(): void;
}

/**
 * The real terminal for `--fix --interactive`: line input with readline (so answers can be edited
 * before Enter). Lines typed ahead are kept for the next question; Ctrl-D and Ctrl-C end the input,
 * which the session takes as "stop, write nothing".
 */
export function openTerminal(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): OpenTerminal {
  const rl = createInterface({ input, output, terminal: true, historySize: 0 });
  const typedAhead: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = false;
  const answer = (line: string | undefined) => {
    const w = waiting;
    waiting = undefined;
    w?.(line);
  };
  rl.on('line', (line) => (waiting ? answer(line) : typedAhead.push(line)));
  rl.on('close', () => {
    closed = true;
    answer(undefined);
  });
  rl.on('SIGINT', () => {
    output.write('^C\n');
    rl.close();
  });
  return {
    write: (s) => void output.write(s),
    prompt: (question) =>
      new Promise((resolve) => {
        const ahead = typedAhead.shift();
        if (ahead !== undefined) {
          output.write(`${question}${ahead}\n`);
          resolve(ahead);
          return;
        }
        if (closed) {
          resolve(undefined);
          return;
        }
        waiting = resolve;
        rl.setPrompt(question);
        rl.prompt();
      }),
    close: () => rl.close(),
  };
}
