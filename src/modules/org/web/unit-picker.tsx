import { Select, Space } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitSummary } from '../org.contract.js';
import type { Track } from '../unit-kinds.js';
import { useUnit, useUnitSearch } from './org.api.js';
import { orgMessages } from './org.messages.js';
import { useOrgLabels } from './unit-labels.js';
import { MUTED_TEXT } from './ui.js';
import { useDebounced } from '../../../platform/web/use-debounced.js';

export interface UnitPickerProps {
  /** Set by antd Form.Item so its label points at the input. */
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined, unit?: UnitSummary) => void;
  placeholder?: string;
  'aria-label'?: string;
  /** Units that may not be picked (e.g. the unit being moved). */
  excludeIds?: readonly number[];
  track?: Track;
  includeInactive?: boolean;
  allowClear?: boolean;
  disabled?: boolean;
  status?: 'error' | 'warning';
  style?: CSSProperties;
}

interface Option {
  value: number;
  label: string;
  unit?: UnitSummary;
}

/** A searchable select over the units the caller may see (listUnits `search`, diacritics optional). */
export function UnitPicker({ excludeIds, track, includeInactive = false, onChange, value, ...rest }: UnitPickerProps) {
  const t = useT(orgMessages);
  const labels = useOrgLabels();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<UnitSummary | undefined>();
  const term = useDebounced(search);
  const results = useUnitSearch(term, { track, includeInactive }, 30);
  const current = value ?? undefined;
  // A value that came from outside (e.g. the URL) gets its name from the server.
  const known = picked?.id === current || results.data?.items.some((u) => u.id === current);
  const fallback = useUnit(current !== undefined && !known ? current : undefined);

  const options = useMemo<Option[]>(() => {
    const excluded = new Set(excludeIds ?? []);
    const found: Option[] = (results.data?.items ?? [])
      .filter((u) => !excluded.has(u.id))
      .map((u) => ({ value: u.id, label: u.name, unit: u }));
    const selected = picked?.id === current ? picked : undefined;
    if (current !== undefined && !found.some((o) => o.value === current)) {
      const name = selected?.name ?? fallback.data?.name ?? `#${current}`;
      found.unshift({ value: current, label: name, ...(selected ? { unit: selected } : {}) });
    }
    return found;
  }, [results.data, excludeIds, picked, current, fallback.data]);

  return (
    <Select<number, Option>
      {...rest}
      value={current}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={rest.placeholder ?? t('searchPlaceholder')}
      loading={results.isFetching}
      notFoundContent={term.trim() ? t('searchNone') : t('searchPlaceholder')}
      style={{ width: '100%', ...rest.style }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
      optionRender={(o) => (
        <Space orientation="vertical" size={0}>
          <span style={{ whiteSpace: 'normal' }}>{o.data.label}</span>
          {o.data.unit && (
            <span style={{ fontSize: 12, whiteSpace: 'normal', color: MUTED_TEXT }}>
              {o.data.unit.code} · {labels.kind(o.data.unit.kind)}
            </span>
          )}
        </Space>
      )}
      onChange={(v, option) => {
        const unit = Array.isArray(option) ? undefined : option?.unit;
        setPicked(unit);
        setSearch('');
        onChange?.(v ?? undefined, unit);
      }}
    />
  );
}
