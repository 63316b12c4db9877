import { Select } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../../../../platform/web/use-debounced.js';
import { useT } from '../../../../platform/web/i18n.js';
import type { PersonSummary } from '../../../people/web/index.js';
import { usePeopleSearch } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';

interface Props {
  id: string;
  /** Only the people of this unit's subtree; everyone in the caller's scope when left out. */
  unitId?: number;
  value: number | undefined;
  onChange: (person: PersonSummary | undefined) => void;
  /** People already picked (not offered again). */
  excludeIds?: ReadonlySet<number>;
  'data-testid'?: string;
}

/** A searchable select over the people of the round's unit (the registry's list search, diacritics optional). */
export function PersonSearchSelect({ id, unitId, value, onChange, excludeIds, ...rest }: Props) {
  const t = useT(organizerMessages);
  const [search, setSearch] = useState('');
  const term = useDebounced(search);
  const found = usePeopleSearch(term, unitId);
  const [picked, setPicked] = useState<PersonSummary | undefined>();
  const results = (found.data?.items ?? []).filter((p) => !excludeIds?.has(p.id));
  // The chosen person stays among the options after the search box clears, so the select shows the name.
  const people = picked && picked.id === value && !results.some((p) => p.id === picked.id) ? [picked, ...results] : results;

  return (
    <Select<number>
      id={id}
      data-testid={rest['data-testid']}
      value={value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('personSearchPlaceholder')}
      loading={found.isFetching}
      notFoundContent={term.trim() ? t('personNone') : t('personSearchPlaceholder')}
      style={{ width: 420, maxWidth: '100%' }}
      options={people.map((p) => ({
        value: p.id,
        label: p.postTitles.length > 0 ? `${p.fullName} — ${p.postTitles.join(', ')}` : p.fullName,
      }))}
      onChange={(v) => {
        const person = people.find((p) => p.id === v);
        setPicked(person);
        setSearch('');
        onChange(person);
      }}
    />
  );
}
