import { readFile } from 'node:fs/promises';
import { CONFIDENCE_LEVEL_LABELS, CONFIDENCE_LEVELS, verifyBallotList, type SubjectTally } from '../../../modules/votes/index.js';
import type { CliCommand } from './cli-command.js';

const USAGE = 'Usage: merit votes verify <ballot-list.json>';

const BAND: Readonly<Record<SubjectTally['band'], string>> = {
  below_half: 'dưới 1/2 tín nhiệm thấp',
  over_half: 'trên 1/2 tín nhiệm thấp',
  two_thirds: 'từ 2/3 tín nhiệm thấp',
};

function tallyLine(t: SubjectTally): string {
  const levels = CONFIDENCE_LEVELS.map((l) => `${CONFIDENCE_LEVEL_LABELS[l].vi} ${t.levels[l].count} (${t.levels[l].display})`);
  return (
    `  ${t.subjectId}: phát ra ${t.issued}, thu về ${t.returned}, hợp lệ ${t.valid}, không hợp lệ ${t.invalid}; ` +
    `${levels.join(', ')} trên ${t.denominator.value}; ${BAND[t.band]}`
  );
}

/**
 * `merit votes verify <file>`: recomputes a published ballot list (its entry hashes, order, chain, head
 * and tally) with the same functions the server used, and prints the tally or the first broken entry.
 * Needs no database: anyone handed the file can run it.
 */
export const votesCommand: CliCommand = {
  name: 'votes',
  usage: 'votes verify <file>',
  summary: 'Check a published ballot list (hash chain and tally); names the first broken entry (exit 1).',
  details: ['The file is the one downloaded from the round (ballot-list.json). Tệp danh sách phiếu đã công bố.'],
  run: async (args, io) => {
    const [sub, file, ...rest] = args;
    if (sub !== 'verify' || !file || rest.length > 0) {
      io.err(`merit votes: unknown or missing arguments${args.length ? ` "${args.join(' ')}"` : ''}. ${USAGE}`);
      return 2;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      io.err(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const result = verifyBallotList(parsed);
    if (!result.ok) {
      const where = [
        result.index === undefined ? null : `entry #${result.index + 1}`,
        result.receipt ? `receipt ${result.receipt}` : null,
        result.subjectId ? `subject ${result.subjectId}` : null,
      ].filter(Boolean);
      io.err(`Ballot list BROKEN (${result.problem}${where.length ? `, ${where.join(', ')}` : ''}): ${result.reason}`);
      return 1;
    }
    io.out(
      [
        `Ballot list OK: ${result.ballots} ballots, head ${result.head}`,
        'Tally / Kết quả kiểm phiếu:',
        ...result.tally.map(tallyLine),
      ].join('\n'),
    );
    return 0;
  },
};
