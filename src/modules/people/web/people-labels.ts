import { useLocale } from '../../../platform/web/i18n.js';
import { AGE_BANDS, type AgeBand } from '../age-band.rules.js';
import {
  DISCIPLINE_FORMS,
  EDUCATION_LEVELS,
  GENDERS,
  PERSON_STATUSES,
  POLITICAL_THEORY_LEVELS,
  type DisciplineForm,
  type EducationLevel,
  type Gender,
  type PersonStatus,
  type PoliticalTheoryLevel,
} from '../people-codes.js';

type Labelled = Record<string, { vi: string; en: string }>;

/** `{ value, label }` options of a code list, in the list's own order. */
function optionsOf<K extends string>(list: Record<K, { vi: string; en: string }>, locale: 'vi' | 'en') {
  return (Object.keys(list) as K[]).map((value) => ({ value, label: list[value][locale] }));
}

/** Labels of the people vocabulary in the user's language; unknown codes show as themselves. */
export function usePeopleLabels() {
  const { locale } = useLocale();
  const label = (list: Labelled, code: string | null | undefined) => (code ? (list[code]?.[locale] ?? code) : '');
  return {
    locale,
    status: (c: PersonStatus | string | null | undefined) => label(PERSON_STATUSES, c),
    gender: (c: Gender | string | null | undefined) => label(GENDERS, c),
    education: (c: EducationLevel | string | null | undefined) => label(EDUCATION_LEVELS, c),
    theory: (c: PoliticalTheoryLevel | string | null | undefined) => label(POLITICAL_THEORY_LEVELS, c),
    discipline: (c: DisciplineForm | string | null | undefined) => label(DISCIPLINE_FORMS, c),
    ageBand: (c: AgeBand) => AGE_BANDS[c][locale],
    options: {
      status: optionsOf(PERSON_STATUSES, locale),
      gender: optionsOf(GENDERS, locale),
      education: optionsOf(EDUCATION_LEVELS, locale),
      theory: optionsOf(POLITICAL_THEORY_LEVELS, locale),
      discipline: optionsOf(DISCIPLINE_FORMS, locale),
      ageBand: optionsOf(AGE_BANDS, locale),
    },
  };
}
