import { codeTable } from './build';
import { memoByTable, withTableMemo } from './memo';

const KEY = Symbol('test');
const table = () => codeTable({ kind: 'general', columns: ['total'], rows: [['201', '一般公共服务支出', 1]] });

describe('memoByTable', () => {
  it('builds once per table and key inside a run, and anew in the next run', () => {
    const t = table();
    let builds = 0;
    const build = () => ({ n: ++builds });
    const first = withTableMemo(() => [memoByTable(t, KEY, build), memoByTable(t, KEY, build)]);
    expect(first[0]).toBe(first[1]);
    expect(builds).toBe(1);
    // A second run must not see the first run's index: the table may have been read again.
    const second = withTableMemo(() => memoByTable(t, KEY, build));
    expect(second).not.toBe(first[0]);
    expect(builds).toBe(2);
  });

  it('keeps tables and keys apart, and caches a built undefined too', () => {
    const [a, b] = [table(), table()];
    let builds = 0;
    withTableMemo(() => {
      expect(memoByTable(a, KEY, () => 'a')).toBe('a');
      expect(memoByTable(b, KEY, () => 'b')).toBe('b');
      expect(memoByTable(a, Symbol('other'), () => 'other')).toBe('other');
      memoByTable(a, Symbol.for('none'), () => void builds++);
      memoByTable(a, Symbol.for('none'), () => void builds++);
    });
    expect(builds).toBe(1);
  });

  it('outside a run builds on every call, and a nested run restores the outer cache', () => {
    const t = table();
    let builds = 0;
    const build = () => ++builds;
    memoByTable(t, KEY, build);
    memoByTable(t, KEY, build);
    expect(builds).toBe(2);
    withTableMemo(() => {
      const outer = memoByTable(t, KEY, build);
      withTableMemo(() => expect(memoByTable(t, KEY, build)).not.toBe(outer));
      expect(memoByTable(t, KEY, build)).toBe(outer);
    });
    expect(builds).toBe(4);
  });
});
