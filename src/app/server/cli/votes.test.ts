import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBallotList, generateReceiptCode, type BallotMark, type PublishedBallotList } from '../../../modules/votes/index.js';
import { runCli } from './run-cli.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { LOG_LEVEL: 'silent' }, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** 9 ballots returned: 6 low for subject 1 (two thirds), 5 low for subject 2 (over one half). */
function list(): PublishedBallotList {
  const ballots = Array.from({ length: 9 }, (_, i) => ({
    receipt: generateReceiptCode(),
    marks: { '1': (i < 6 ? 'thap' : 'cao') as BallotMark, '2': (i < 5 ? 'thap' : i === 8 ? 'none' : 'tin_nhiem') as BallotMark },
  }));
  const subjects = ['1', '2'].map((subjectId) => ({ subjectId, issued: 9, summoned: 12 }));
  const built = buildBallotList({ roundId: '42', subjects, ballots });
  if (!built.ok) throw new Error(built.reason);
  return built.list;
}

describe('merit votes verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'merit-votes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };

  it('prints the tally of an intact list (exit 0)', async () => {
    const good = list();
    const r = await cli(['votes', 'verify', write('good.json', good)]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Ballot list OK: 9 ballots, head ${good.head}`);
    expect(r.out).toContain('1: phát ra 9, thu về 9, hợp lệ 9, không hợp lệ 0; Tín nhiệm cao 3 (33,33%)');
    expect(r.out).toContain('Tín nhiệm thấp 6 (66,67%) trên 9; từ 2/3 tín nhiệm thấp');
    expect(r.out).toContain('2: phát ra 9, thu về 9, hợp lệ 8, không hợp lệ 1');
    expect(r.out).toContain('trên 1/2 tín nhiệm thấp');
  });

  it('names the first broken entry of a tampered list (exit 1)', async () => {
    const bad = list();
    const flip = (m: BallotMark | undefined): BallotMark => (m === 'cao' ? 'thap' : 'cao');
    const entries = bad.entries.map((e, i) => (i === 4 ? { ...e, marks: { ...e.marks, '1': flip(e.marks['1']) } } : e));
    const r = await cli(['votes', 'verify', write('bad.json', { ...bad, entries })]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Ballot list BROKEN (ENTRY_HASH, entry #5, receipt ${bad.entries[4]?.receipt})`);
    const dropped = await cli(['votes', 'verify', write('dropped.json', { ...bad, entries: bad.entries.slice(1) })]);
    expect(dropped.code).toBe(1);
    expect(dropped.err).toContain('(CHAIN, entry #1');
  });

  it('refuses unreadable files and wrong usage, and is listed in the help', async () => {
    expect((await cli(['votes', 'verify', join(dir, 'missing.json')])).code).toBe(1);
    const notJson = await cli(['votes', 'verify', write('x.json', 'not json')]);
    expect(notJson).toMatchObject({ code: 1 });
    expect(notJson.err).toContain('as JSON');
    expect((await cli(['votes', 'verify', write('y.json', { format: 'other' })])).err).toContain('(FORMAT)');
    expect((await cli(['votes'])).code).toBe(2);
    expect((await cli(['votes', 'check', 'f.json'])).err).toContain('Usage: merit votes verify <ballot-list.json>');
    expect((await cli(['help'])).out).toContain('merit votes verify <file>');
  });
});
