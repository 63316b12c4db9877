import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import { AGE_BANDS, AGE_BAND_CODES } from '../../people/index.js';
import type { Period } from '../cycle-defaults.rules.js';
import type { Regime } from '../review-constants.js';

/**
 * Generating a cycle's review records in SQL (a province-wide cycle is ~500k rows: one INSERT … SELECT
 * per kind of subject, no row crosses into Node). Who is reviewed:
 *
 * - state regime: every cadre, civil servant and public employee placed in the subtree (workers under
 *   contract are not classified under ND 90/ND 335); collectives: the state agencies and units of the
 *   subtree (territorial units — province, commune, district — are reviewed through their committees);
 * - party regime: every party member (joined by the period's end) whose party cell lies in the subtree,
 *   reviewed in that cell; those outside the political system (status `worker`) on form 2C; collectives:
 *   every party organization, its leadership collective where it has a committee, and the advisory
 *   boards as agencies.
 *
 * A person holding a head or deputy post at the period's end is a leader (form 2A). The deciding body
 * is the person's management body on the regime's track at the period's end. Gender, age band, status
 * and unit path are snapshots: the year's statistics never move when a person does later.
 */
/** The rule set in force for a subject kind in the cycle's period; null: that kind is not reviewed then. */
export type RuleSetCodeOf = (subjectKind: string) => string | null;

const STATE_STATUSES = ['cadre', 'civil_servant', 'public_employee'] as const;
const TERRITORIAL_KINDS = ['province', 'commune', 'district'] as const;
const PARTY_BODIES_WITH_COMMITTEE = [
  'provincial_party_committee',
  'party_committee',
  'grassroots_party_committee',
  'district_party_committee',
] as const;

function ageBandSql(birth: RawBuilder<unknown>, end: string): RawBuilder<string> {
  const age = sql`extract(year from age(${end}::date, ${birth}))`;
  const cases = AGE_BAND_CODES.map((code) => {
    const max = AGE_BANDS[code].maxAge;
    return max === null ? sql`else ${code}` : sql`when ${age} <= ${max} then ${code}`;
  });
  return sql<string>`case ${sql.join(cases, sql` `)} end`;
}

function ruleSetCase(column: RawBuilder<unknown>, kinds: readonly string[], codeOf: RuleSetCodeOf): RawBuilder<string> {
  const cases = kinds.map((k) => sql`when ${k} then ${codeOf(k)}`);
  return sql<string>`case ${column} ${sql.join(cases, sql` `)} end`;
}

export interface GenerateInput {
  readonly cycleId: number;
  readonly regime: Regime;
  readonly rootPath: string;
  readonly period: Period;
  readonly ruleSetOf: RuleSetCodeOf;
}

/** Inserts the people's review records; returns how many. */
export async function generatePersonReviews(db: Db, input: GenerateInput): Promise<number> {
  const { cycleId, regime, rootPath, period, ruleSetOf } = input;
  const end = period.end;
  const prefix = `${rootPath}%`;
  const party = regime === 'party';
  const placeColumn = party ? sql`p.party_cell_id` : sql`p.unit_id`;
  const subjectKind = party ? sql`case when p.status = 'worker' then 'party_member' else p.status end` : sql`p.status`;
  const kinds = (party ? [...STATE_STATUSES, 'party_member'] : [...STATE_STATUSES]).filter((k) => ruleSetOf(k) !== null);
  if (kinds.length === 0) return 0;
  const filter = party
    ? sql`p.party_join_date is not null and p.party_join_date <= ${end}::date`
    : sql`p.status in (${sql.join(STATE_STATUSES.map((s) => sql`${s}`))})`;
  const result = await sql`
    insert into reviews (cycle_id, subject_type, person_id, unit_id, unit_path, subject_kind, form, rule_set,
      duty_group, management_body_id, is_leader, is_head, gender, age_band, person_status)
    select ${cycleId}, 'person', p.id, u.id, u.path, k.kind,
      case when k.kind = 'party_member' then '2C' when lead.is_leader then '2A' else '2B' end,
      ${ruleSetCase(sql`k.kind`, kinds, ruleSetOf)},
      'u' || u.id || (case when lead.is_leader then ':lead' else ':staff' end),
      mb.management_body_id, lead.is_leader, lead.is_head, p.gender,
      ${ageBandSql(sql`p.date_of_birth`, end)}, p.status
    from people p
    join org_units u on u.id = ${placeColumn}
    cross join lateral (select ${subjectKind} as kind) k
    cross join lateral (
      select coalesce(bool_or(pp.is_head or pp.is_deputy), false) as is_leader,
             coalesce(bool_or(pp.is_head), false) as is_head
      from person_posts pp
      where pp.person_id = p.id and pp.start_date <= ${end}::date and (pp.end_date is null or pp.end_date >= ${end}::date)
    ) lead
    left join lateral (
      select pm.management_body_id from person_management pm
      where pm.person_id = p.id and pm.track = ${regime} and pm.valid_from <= ${end}::date
        and (pm.valid_to is null or pm.valid_to >= ${end}::date)
      order by pm.valid_from desc limit 1
    ) mb on true
    where u.path like ${prefix} and ${filter} and k.kind in (${sql.join(kinds.map((k) => sql`${k}`))})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Inserts the collectives' review records (form 01, decided by the higher level); returns how many. */
export async function generateCollectiveReviews(db: Db, input: GenerateInput): Promise<number> {
  const { cycleId, regime, rootPath, period, ruleSetOf } = input;
  const prefix = `${rootPath}%`;
  const active = sql`u.path like ${prefix} and u.valid_from <= ${period.end}::date
    and (u.valid_to is null or u.valid_to >= ${period.start}::date)`;
  const insert = (kind: string, where: RawBuilder<unknown>) => {
    const code = ruleSetOf(kind);
    return code === null
      ? null
      : sql`
    insert into reviews (cycle_id, subject_type, collective_kind, unit_id, unit_path, subject_kind, form, rule_set, duty_group)
    select ${cycleId}, 'collective', ${kind}, u.id, u.path, ${kind}, '01', ${code}, ${`collective:${kind}`}
    from org_units u where ${active} and ${where}`;
  };
  const kinds = (list: readonly string[]) => sql.join(list.map((k) => sql`${k}`));
  const statements =
    regime === 'state'
      ? [insert('unit', sql`u.track = 'state' and u.kind not in (${kinds(TERRITORIAL_KINDS)})`)]
      : [
          insert('party_organization', sql`u.track = 'party' and u.kind <> 'party_advisory_board'`),
          insert('leadership_collective', sql`u.kind in (${kinds(PARTY_BODIES_WITH_COMMITTEE)})`),
          insert('unit', sql`u.kind = 'party_advisory_board'`),
        ];
  let total = 0;
  for (const statement of statements) if (statement) total += Number((await statement.execute(db)).numAffectedRows ?? 0);
  return total;
}
