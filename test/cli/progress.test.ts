import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function terminal(interactive: boolean): { io: { stderr: (t: string) => void; interactive: boolean }; written: string[] } {
  const written: string[] = [];
  return { io: { stderr: (t) => written.push(t), interactive }, written };
}

describe('createProgress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const { io, written } = terminal(false);
    const progress = createProgress(io, 3, 'reading');
    for (const f of ['a.txt', 'b.txt', 'c.txt']) progress.tick(f);
    progress.done();
    expect(written).toEqual([]);
  });

  it('writes nothing with quiet, or with nothing to count', () => {
    const { io, written } = terminal(true);
    const quiet = createProgress(io, 3, 'reading', { quiet: true });
    quiet.tick('a.txt');
    quiet.done();
    const empty = createProgress(io, 0, 'reading');
    empty.done();
    expect(written).toEqual([]);
  });

  it('redraws one line with carriage returns and ends it with a newline', () => {
    const { io, written } = terminal(true);
    const progress = createProgress(io, 4, 'reading');
    progress.tick('a-long-name.txt');
    progress.tick('b.txt');
    progress.done();
    progress.done();
    // 20 cells: 1/4 → 5 filled, 2/4 → 10 filled.
    expect(written).toEqual([
      `\rreading [${'#'.repeat(5)}${'-'.repeat(15)}] 1/4 a-long-name.txt`,
      `\rreading [${'#'.repeat(10)}${'-'.repeat(10)}] 2/4 b.txt${' '.repeat('a-long-name.txt'.length - 'b.txt'.length)}`,
      `\rreading [${'#'.repeat(10)}${'-'.repeat(10)}] 2/4 ${' '.repeat('b.txt'.length)}`,
      '\n',
    ]);
  });

  it('keeps a line within 79 columns, showing the end of a long path', () => {
    const { io, written } = terminal(true);
    const progress = createProgress(io, 1, 'reading');
    const path = `${'/very/deep/folder'.repeat(10)}/plan.txt`;
    progress.tick(path);
    const line = written[0]!.slice(1);
    expect(line.length).toBe(79);
    expect(line.endsWith('/plan.txt')).toBe(true);
    expect(line).toContain('1/1 …');
  });

  it('never counts past the total', () => {
    const { io, written } = terminal(true);
    const progress = createProgress(io, 1, 'x');
    progress.tick('a');
    progress.tick('b');
    expect(written[1]).toContain('1/1 b');
  });
});
