import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS, DISCIPLINE_FORMS } from '../people-codes.js';
import type { PersonDetail } from '../people.contract.js';
import { emptyForm2cData, type Form2cData } from '../form-2c/form-2c.data.js';

/**
 * A person's record → the 2C form's data (pure). What the registry does not hold (family, army,
 * assessment, recruitment and current-agency dates, …) stays blank, as on a paper form the cadre fills
 * in by hand: nothing is guessed. The ID number is the
 * full one only when the caller may see it (`detail.idNumber`), otherwise the masked one.
 */
export function personToForm2c(detail: PersonDetail, today: string): Form2cData {
  const current = detail.posts.filter((p) => p.endDate === null || p.endDate >= today);
  const ordered = [...current].sort((a, b) => Number(b.isHead) - Number(a.isHead) || Number(b.isDeputy) - Number(a.isDeputy));
  const postsText = ordered.map((p) => `${p.title}, ${p.unitName}`).join('; ');
  const body = (track: 'party' | 'state') =>
    detail.management.find((m) => m.track === track && (m.validTo === null || m.validTo >= today))?.managementBodyName ?? null;
  const latestSalary = detail.salaryGrades[0];
  const education = [detail.educationLevel ? EDUCATION_LEVELS[detail.educationLevel].vi : null, detail.educationMajor].filter(
    Boolean,
  );

  return {
    ...emptyForm2cData(),
    header: {
      province: null,
      directUnit: body('party'),
      grassrootsUnit: detail.unitName,
      cadreNumber: null,
      managingBody: body('state') ?? body('party'),
      employingUnit: detail.unitName,
    },
    fullName: detail.fullName,
    gender: detail.gender,
    otherNames: detail.otherNames,
    posts: postsText || null,
    dateOfBirth: detail.dateOfBirth,
    birthYearOnly: detail.birthDatePrecision === 'year',
    birthplace: detail.birthplace,
    homeTown: detail.homeTown,
    residence: detail.address,
    phone: detail.phone,
    email: detail.email,
    ethnicity: detail.ethnicity,
    religion: detail.religion,
    partyJoinDate: detail.partyJoinDate,
    partyOfficialDate: detail.partyOfficialDate,
    educationGeneral: detail.educationGeneral,
    educationProfessional: education.length > 0 ? education.join(', ') : null,
    academicTitle: detail.academicTitle,
    politicalTheory: detail.politicalTheory ? POLITICAL_THEORY_LEVELS[detail.politicalTheory].vi : null,
    stateManagement: detail.stateManagement,
    languages: detail.languages,
    itLevel: detail.itLevel,
    mainWork: ordered[0]?.title ?? null,
    civilServiceRank: detail.civilServiceRank ?? latestSalary?.rankName ?? null,
    civilServiceRankCode: detail.civilServiceRankCode ?? latestSalary?.rankCode ?? null,
    salaryStep: detail.salaryStep ?? latestSalary?.step ?? null,
    salaryCoefficient: detail.salaryCoefficient ?? latestSalary?.coefficient ?? null,
    salaryFrom: latestSalary?.effectiveDate ?? null,
    rewards: detail.rewards.length > 0 ? detail.rewards.map((r) => `${r.form} (${r.decidedOn.slice(0, 4)})`).join('; ') : null,
    discipline:
      detail.discipline.length > 0
        ? detail.discipline.map((d) => `${DISCIPLINE_FORMS[d.form].vi} (${d.decidedOn.slice(0, 4)}): ${d.reason}`).join('; ')
        : null,
    health: detail.health,
    idNumber: detail.idNumber ?? detail.idNumberMasked,
    training: [...detail.training]
      .sort((a, b) => a.fromDate.localeCompare(b.fromDate))
      .map((t) => ({
        school: t.institution,
        major: t.major,
        from: t.fromDate,
        to: t.toDate,
        mode: t.mode,
        certificate: t.qualification,
      })),
    workHistory: [...detail.posts]
      .sort((a, b) => a.startDate.localeCompare(b.startDate))
      .map((p) => ({ from: p.startDate, to: p.endDate, description: `${p.title}, ${p.unitName}` })),
    salaryHistory: [...detail.salaryGrades]
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))
      .map((s) => ({
        from: s.effectiveDate,
        rankStep: [s.rankCode, s.step].filter((v) => v !== null && v !== undefined).join('/') || null,
        coefficient: s.coefficient,
      })),
  };
}
