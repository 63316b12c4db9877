import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Flex, Input, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { TRACKS, type Track } from '../unit-kinds.js';
import { useUnit, type UnitFilters } from './org.api.js';
import { OrgNotifyProvider } from './org-notify.js';
import { STACKED_QUERY } from './ui.js';
import { orgMessages } from './org.messages.js';
import { OrgTree } from './org-tree.js';
import { UnitDetailPanel } from './unit-detail-panel.js';
import { useOrgLabels } from './unit-labels.js';
import { UnitSearchResults } from './unit-search-results.js';
import { UnitsImportModal } from './units-import-modal.js';
import { unitsImportMessages } from './units-import.messages.js';
import { useDebounced } from '../../../platform/web/use-debounced.js';

function parseUnitId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** /org and /org/:unitId — the organization tree; the URL names the selected unit so it can be shared. */
export default function OrgTreePage() {
  const t = useT(orgMessages);
  const ti = useT(unitsImportMessages);
  const [importing, setImporting] = useState(false);
  const labels = useOrgLabels();
  usePageTitle(t('pageTitle'));
  const navigate = useNavigate();
  const selectedId = parseUnitId(useParams().unitId);
  const [track, setTrack] = useState<Track | undefined>();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [search, setSearch] = useState('');
  const term = useDebounced(search).trim();
  const filters: UnitFilters = { track, includeInactive };
  const detail = useUnit(selectedId);
  const unit = detail.data;
  const reveal = useMemo(() => (unit ? [...unit.ancestors.map((a) => a.id), unit.id] : []), [unit]);
  // Stacked layout (phones, narrow windows): the selected unit comes first, the tree below it; a unit
  // picked in the tree is brought into view once it has loaded.
  const detailRef = useRef<HTMLDivElement>(null);
  const scrollPending = useRef(false);
  const select = (id: number) => {
    scrollPending.current = window.matchMedia(STACKED_QUERY).matches;
    void navigate(`/org/${id}`);
  };
  useEffect(() => {
    if (!unit || !scrollPending.current) return;
    scrollPending.current = false;
    detailRef.current?.scrollIntoView({ block: 'start' });
  }, [unit]);

  return (
    <OrgNotifyProvider>
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('pageTitle')}
        </Typography.Title>
        {/* Importing adds units under the selected one: offered where the caller may add units. */}
        {unit?.can.createChild && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {ti('open')}
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: selectedId ? 2 : 1 }} lg={{ span: 9, order: 1 }} xl={8}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('treeHeading')}</h2>}>
            <Space orientation="vertical" size="small" style={{ width: '100%' }}>
              <Input.Search
                aria-label={t('searchLabel')}
                placeholder={t('searchPlaceholder')}
                allowClear
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                onSearch={setSearch}
              />
              <Select<Track | 'all'>
                aria-label={t('trackFilter')}
                value={track ?? 'all'}
                onChange={(v) => setTrack(v === 'all' ? undefined : v)}
                style={{ width: '100%' }}
                options={[
                  { value: 'all', label: t('allTracks') },
                  ...TRACKS.map((tr) => ({ value: tr, label: labels.track(tr) })),
                ]}
              />
              <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
                {t('includeInactive')}
              </Checkbox>
              {term ? (
                <UnitSearchResults search={term} filters={filters} selectedId={selectedId} onSelect={select} />
              ) : (
                <OrgTree filters={filters} selectedId={selectedId} reveal={reveal} onSelect={select} />
              )}
            </Space>
          </Card>
        </Col>
        <Col
          xs={{ span: 24, order: selectedId ? 1 : 2 }}
          lg={{ span: 15, order: 2 }}
          xl={16}
          ref={detailRef}
          style={{ scrollMarginTop: 72 }}
        >
          <UnitDetailPanel unitId={selectedId} query={detail} onSelect={select} />
        </Col>
      </Row>
      {importing && <UnitsImportModal initialUnitId={unit?.id} onClose={() => setImporting(false)} />}
    </OrgNotifyProvider>
  );
}
