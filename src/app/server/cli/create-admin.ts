import { sql } from 'kysely';
import { CreateAccountInputSchema } from '../../../modules/auth/auth.contract.js';
import { createSystemAccount, hashPassword } from '../../../modules/auth/index.js';
import { CreateUnitInputSchema } from '../../../modules/org/org.contract.js';
import { createUnitRecord, findUnit, type UnitRecord } from '../../../modules/org/index.js';
import { AppError } from '../../../shared/app-error.js';
import { IdSchema } from '../../../shared/text-schemas.js';
import { systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { loadConfig } from '../../../platform/server/config.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { CliCommand } from './cli-command.js';
import { both, CliRefusal, parseOptions, printout, refuse, refusingOn, wantsHelp } from './cli-options.js';
import { adminMfaLine, choosePassword, passwordLines } from './cli-password.js';
import { commandHelp } from './help.js';
import { serverUrl } from './server-url.js';
import { isMigrated, withDatabase } from './with-database.js';

const NAME = 'create-admin';
const OPTIONS = {
  username: { type: 'string' },
  name: { type: 'string' },
  unit: { type: 'string' },
  root: { type: 'string' },
  code: { type: 'string' },
  'valid-from': { type: 'string' },
} as const;

/** Today's date in Vietnam (one time zone, Asia/Ho_Chi_Minh), as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

type Target = { kind: 'unit'; unitId: number } | { kind: 'root'; name: string; code: string; validFrom: string };

/** Units without a parent: on a real install, the province created first. */
async function listRoots(db: Db) {
  return db
    .selectFrom('org_units')
    .select(['id', 'name', 'code', 'status'])
    .where('parent_id', 'is', null)
    .orderBy('id')
    .execute();
}

function unitLabel(unit: Pick<UnitRecord, 'id' | 'name' | 'code'>): string {
  return `"${unit.name}" (id ${unit.id}, ${both('mã', 'code')} ${unit.code})`;
}

export const createAdminCommand: CliCommand = {
  name: NAME,
  usage: 'create-admin',
  summary: 'Create an administrator: the first one (with the root unit) on an empty database, or one over a unit.',
  details: [
    '--username <u>            required: 3–64 characters a–z 0–9 . - _ (stored lower-case)',
    '--name "<display name>"   shown in the app (default: the username)',
    '--unit <id>               make the account administrator over this existing unit and its subtree, or',
    '--root "<name>" --code <CODE> [--valid-from YYYY-MM-DD]',
    '                          create the root unit (a province, state track, valid from today in Vietnam)',
    '                          when the organization tree is empty, and make the account its administrator',
  ],
  run: async (args, io) => {
    if (wantsHelp(args)) {
      io.out(commandHelp(createAdminCommand));
      return 0;
    }
    const values = parseOptions(NAME, args, OPTIONS, io);
    if (!values) return 2;
    const usage = (vi: string, en: string) => {
      io.err(`merit ${NAME}: ${both(vi, en)}\n${both('Xem', 'See')} \`merit ${NAME} --help\`.`);
      return 2;
    };
    if (values.username === undefined) return usage('thiếu --username', '--username is required');
    if ((values.unit === undefined) === (values.root === undefined))
      return usage(
        'cần đúng một trong hai: --unit <id> hoặc --root "<tên>"',
        'give exactly one of --unit <id> and --root "<name>"',
      );
    if (values.root !== undefined && values.code === undefined)
      return usage('--root cần --code <MÃ>', '--root needs --code <CODE>');
    if (values.root === undefined && (values.code !== undefined || values['valid-from'] !== undefined))
      return usage('--code và --valid-from chỉ đi cùng --root', '--code and --valid-from go only with --root');

    // Every problem with the values at once, before the database is opened.
    const problems: string[] = [];
    const username = CreateAccountInputSchema.shape.username.safeParse(values.username);
    if (!username.success)
      problems.push(
        both(
          `Tên đăng nhập "${values.username}" không hợp lệ: 3–64 ký tự, chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số`,
          'invalid username: 3–64 characters, only a–z, digits, dot, dash and underscore, starting with a letter or digit',
        ),
      );
    // The display name defaults to the username; an invalid username has been reported already.
    const displayName = CreateAccountInputSchema.shape.displayName.safeParse(values.name ?? username.data ?? values.username);
    if (!displayName.success && (values.name !== undefined || username.success))
      problems.push(
        both(
          'Tên hiển thị phải có 1–120 ký tự, không có ký tự điều khiển',
          'the display name must have 1–120 characters, no control characters',
        ),
      );
    let target: Target | undefined;
    if (values.unit !== undefined) {
      const unitId = IdSchema.safeParse(values.unit);
      if (unitId.success) target = { kind: 'unit', unitId: unitId.data };
      else problems.push(both(`--unit "${values.unit}" không phải là id của đơn vị`, `--unit "${values.unit}" is not a unit id`));
    } else {
      const name = CreateUnitInputSchema.shape.name.safeParse(values.root);
      const code = CreateUnitInputSchema.shape.code.safeParse(values.code);
      const validFrom = CreateUnitInputSchema.shape.validFrom.safeParse(values['valid-from'] ?? vietnamToday());
      if (!name.success)
        problems.push(
          both(
            'Tên đơn vị gốc phải có 1–200 ký tự, không có ký tự điều khiển',
            'the root unit name must have 1–200 characters, no control characters',
          ),
        );
      if (!code.success)
        problems.push(
          both(
            `Mã "${values.code}" không hợp lệ: tối đa 40 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới`,
            `invalid code "${values.code}": up to 40 characters, only letters A–Z, digits, dot, dash and underscore`,
          ),
        );
      if (!validFrom.success)
        problems.push(
          both(
            `--valid-from "${values['valid-from']}" không phải ngày dạng YYYY-MM-DD`,
            `--valid-from "${values['valid-from']}" is not a date written YYYY-MM-DD`,
          ),
        );
      if (name.success && code.success && validFrom.success)
        target = { kind: 'root', name: name.data, code: code.data, validFrom: validFrom.data };
    }
    const chosen = choosePassword(io.env, username.data ?? values.username);
    if (!chosen.ok) problems.push(...chosen.problems);
    if (problems.length > 0 || !username.success || !displayName.success || !target || !chosen.ok)
      return refuse(io, NAME, problems);

    const config = loadConfig(io.env);
    return withDatabase(io, async (database) => {
      if (!(await isMigrated(database)))
        return refuse(io, NAME, [
          both(
            'Cơ sở dữ liệu chưa có lược đồ Merit: chạy `merit migrate` (hoặc khởi động máy chủ một lần) trước',
            'this database has no Merit schema yet: run `merit migrate` (or start the server once) first',
          ),
        ]);
      // Slow on purpose: before the transaction takes any lock.
      const passwordHash = await hashPassword(chosen.password);
      const audit = systemAuditContext(`cli-${NAME}`);
      const auditNote = { via: `merit ${NAME}` };

      return refusingOn(io, NAME, async () => {
        const { unit, createdRoot } = await database.db.transaction().execute(async (trx) => {
          let unit: UnitRecord;
          if (target.kind === 'root') {
            // As the demo seeder does: a second process creating a root waits here, then finds this one.
            await sql`lock table org_units in exclusive mode`.execute(trx);
            const roots = await listRoots(trx);
            const active = roots.filter((r) => r.status === 'active');
            if (roots.length > 0)
              throw new CliRefusal([
                both(
                  `Cây tổ chức đã có đơn vị gốc ${roots.map(unitLabel).join(', ')}; --root chỉ dùng khi cây còn trống`,
                  'the organization tree already has a root unit; --root is only for an empty tree',
                ),
                ...(active[0]
                  ? [
                      both(
                        `Dùng --unit ${active[0].id} để cấp quyền quản trị trên đơn vị đó`,
                        `use --unit ${active[0].id} to make the account its administrator`,
                      ),
                    ]
                  : []),
              ]);
            unit = await createUnitRecord(trx, audit, {
              parentId: null,
              track: 'state',
              kind: 'province',
              code: target.code,
              name: target.name,
              validFrom: target.validFrom,
            });
          } else {
            const found = await findUnit(trx, target.unitId);
            if (!found)
              throw new CliRefusal([
                both(`Không có đơn vị nào có id ${target.unitId}`, `there is no unit with id ${target.unitId}`),
              ]);
            if (found.status !== 'active')
              throw new CliRefusal([
                both(`Đơn vị ${unitLabel(found)} đã sáp nhập hoặc giải thể`, `unit ${found.id} has been merged or dissolved`),
              ]);
            unit = found;
          }
          await createSystemAccount(trx, audit, {
            username: username.data,
            displayName: displayName.data,
            homeUnitId: unit.id,
            passwordHash,
            mustChangePassword: chosen.generated,
            grant: { role: 'admin', unitId: unit.id },
            auditNote,
          }).catch((error: unknown) => {
            if (!(error instanceof AppError && error.code === 'USERNAME_TAKEN')) throw error;
            throw new CliRefusal([
              both(
                `Tên đăng nhập "${username.data}" đã được sử dụng (không phân biệt chữ hoa, chữ thường)`,
                `the username "${username.data}" is already taken (case-insensitive)`,
              ),
            ]);
          });
          return { unit, createdRoot: target.kind === 'root' };
        });

        printout(io, [
          both('Đã tạo quản trị viên', 'administrator created') + '.',
          ...(createdRoot
            ? [
                both(
                  `Đơn vị gốc mới: ${unitLabel(unit)}, hiệu lực từ ${unit.validFrom}`,
                  `new root unit, valid from ${unit.validFrom}`,
                ) + '.',
              ]
            : []),
          both(
            `Tài khoản: ${username.data} (${displayName.data}), quản trị ${unitLabel(unit)}`,
            'account, administrator over that unit',
          ) + '.',
          ...passwordLines(chosen, chosen.generated),
          adminMfaLine(config.requireAdminMfa),
          both(`Đăng nhập tại: ${serverUrl(config)}`, 'sign in there once the server runs (npm start)') + '.',
        ]);
        return 0;
      });
    });
  },
};
