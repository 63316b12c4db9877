import { DownloadOutlined, FilterOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { hasRole, useSessionAccount } from '../../auth/web/index.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { useDebounced } from '../../../platform/web/use-debounced.js';
import { PHONE_QUERY, useMediaQuery } from '../../../platform/web/use-media-query.js';
import type { PersonSort } from '../people.contract.js';
import { PersonCreateModal } from './person-create-modal.js';
import { PeopleImportModal } from './people-import-modal.js';
import { importMessages } from './people-import.messages.js';
import { PeopleFiltersForm } from './people-filters.js';
import { usePeopleList } from './people.api.js';
import { countCriteria, exportHref, readFilters, writeFilters, type PeopleFilters } from './people-search-params.js';
import { PeopleTable } from './people-table.js';
import { peopleMessages } from './people.messages.js';

/** /people — the registry: search without diacritics, filters in the URL, a paged table in official order. */
export default function PeopleListPage() {
  const t = useT(peopleMessages);
  usePageTitle(t('pageTitle'));
  const navigate = useNavigate();
  const account = useSessionAccount();
  const phone = useMediaQuery(PHONE_QUERY);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const people = usePeopleList(filters);
  // Every move drops the cursor unless it passes one: a cursor belongs to one list and one page.
  const go = (next: PeopleFilters, cursor?: string) => setParams(writeFilters({ ...next, cursor }));
  const [showFilters, setShowFilters] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const ti = useT(importMessages);

  // The search box writes to the URL once typing pauses; a URL change (back button) refills it.
  const [search, setSearch] = useState(filters.search ?? '');
  const term = useDebounced(search, 350).trim();
  useEffect(() => setSearch(filters.search ?? ''), [filters.search]);
  useEffect(() => {
    if (term !== (filters.search ?? '')) go({ ...filters, search: term || undefined, page: 1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new term moves the URL
  }, [term]);

  const { page, pageSize, cursor: _cursor, ...criteria } = filters;
  const active = countCriteria(criteria);
  const filtersOpen = !phone || showFilters;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('pageTitle')}
        </Typography.Title>
        <Space wrap>
          {/* Plain links: the browser downloads the whole filtered list with the session cookie. */}
          <Button icon={<DownloadOutlined />} href={exportHref(filters, 'xlsx')} download>
            {t('exportXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportHref(filters, 'csv')} download>
            {t('exportCsv')}
          </Button>
          {hasRole(account, 'admin', 'organizer') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {ti('open')}
            </Button>
          )}
          {hasRole(account, 'admin', 'organizer') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          )}
        </Space>
      </Space>
      <Space wrap style={{ width: '100%' }}>
        <Input.Search
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={setSearch}
          style={{ width: phone ? 'calc(100vw - 32px)' : 420, maxWidth: '100%' }}
        />
        <Select<PersonSort>
          aria-label={t('sortLabel')}
          value={filters.sort ?? 'name'}
          onChange={(sort) => go({ ...filters, sort, page: 1 })}
          style={{ minWidth: 220 }}
          options={[
            { value: 'name', label: t('sortName') },
            { value: 'dateOfBirth', label: t('sortBirth') },
            { value: 'unit', label: t('sortUnit') },
          ]}
        />
        {phone && (
          <Badge count={active} size="small">
            <Button icon={<FilterOutlined />} aria-expanded={showFilters} onClick={() => setShowFilters((v) => !v)}>
              {showFilters ? t('hideFilters') : t('showFilters')}
            </Button>
          </Badge>
        )}
      </Space>
      {filtersOpen && (
        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('filters')}</h2>}>
          <PeopleFiltersForm
            criteria={criteria}
            onApply={(c) => go({ ...c, search: filters.search, sort: filters.sort, page: 1, pageSize })}
          />
        </Card>
      )}
      <ErrorAlert error={people.isError ? people.error : null} />
      <PeopleTable
        items={people.data?.items ?? []}
        total={people.data?.total ?? 0}
        totalIsExact={people.data?.totalIsExact ?? true}
        nextCursor={people.data?.nextCursor ?? null}
        prevCursor={people.data?.prevCursor ?? null}
        page={page}
        pageSize={pageSize}
        loading={people.isFetching}
        onPage={(p, size) => go({ ...filters, page: size === pageSize ? p : 1, pageSize: size })}
        onCursor={(p, cursor) => go({ ...filters, page: p }, cursor)}
      />
      {importing && <PeopleImportModal onClose={() => setImporting(false)} />}
      {creating && <PersonCreateModal onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/people/${id}`)} />}
    </Space>
  );
}
