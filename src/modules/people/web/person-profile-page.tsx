import { ArrowLeftOutlined, DownOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { PHONE_QUERY, useMediaQuery } from '../../../platform/web/use-media-query.js';
import { ageAt, localToday } from '../age-band.rules.js';
import type { PersonDetail } from '../people.contract.js';
import { GeneralTab } from './person-general-tab.js';
import { DisciplineTab, PartyTab, RewardsTab, SalaryTab, TrainingTab } from './person-history-tabs.js';
import { ManagementTab, PostsTab } from './person-posts-tab.js';
import { PersonEditModal } from './person-edit-modal.js';
import { profileMessages } from './person-profile.messages.js';
import { usePeopleLabels } from './people-labels.js';
import { form2cHref, usePerson } from './people.api.js';
import { birthDateText, MUTED_TEXT } from './ui.js';

const TABS = ['general', 'posts', 'training', 'salary', 'rewards', 'discipline', 'party', 'management'] as const;
type TabKey = string;

/**
 * A tab another module contributes (ratings over the years, confidence-vote follow-ups). The composition
 * root (app/web/router.tsx) passes them in, so the people module never imports a module that reads people.
 */
export interface ExtraPersonTab {
  readonly key: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly render: (personId: number) => ReactNode;
}

function parseId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** /people/:personId — the record (form 2C) and its histories; the tab is in the URL (`?tab=posts`). */
export default function PersonProfilePage({ extraTabs = [] }: { extraTabs?: readonly ExtraPersonTab[] }) {
  const t = useT(profileMessages);
  const id = parseId(useParams().personId);
  const person = usePerson(id);
  usePageTitle(person.data?.fullName ?? t('back'));
  const back = (
    <Link to="/people">
      <ArrowLeftOutlined /> {t('back')}
    </Link>
  );
  if (id === undefined || person.isError) {
    const notFound = id === undefined || person.error?.status === 404 || person.error?.status === 403;
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {back}
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('back')}
        </Typography.Title>
        {notFound ? <Alert type="warning" showIcon title={t('notFound')} /> : <ErrorAlert error={person.error} />}
      </Space>
    );
  }
  if (person.isPending) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Profile person={person.data} extraTabs={extraTabs} />
    </Space>
  );
}

function Profile({ person: p, extraTabs }: { person: PersonDetail; extraTabs: readonly ExtraPersonTab[] }) {
  const t = useT(profileMessages);
  const { locale } = useLocale();
  const labels = usePeopleLabels();
  const [params, setParams] = useSearchParams();
  const keys: readonly TabKey[] = [...TABS, ...extraTabs.map((x) => x.key)];
  const isTab = (v: string | null): v is TabKey => v !== null && keys.includes(v);
  const raw = params.get('tab');
  const tab: TabKey = isTab(raw) ? raw : 'general';
  const [editing, setEditing] = useState(false);
  const phone = useMediaQuery(PHONE_QUERY);
  const select = (k: TabKey) => setParams(k === 'general' ? {} : { tab: k }, { replace: true });
  const age = ageAt(p.dateOfBirth, localToday());
  const tabs: Record<TabKey, { label: string; node: ReactNode }> = {
    general: { label: t('tabGeneral'), node: <GeneralTab person={p} /> },
    posts: { label: t('tabPosts'), node: <PostsTab person={p} /> },
    training: { label: t('tabTraining'), node: <TrainingTab person={p} /> },
    salary: { label: t('tabSalary'), node: <SalaryTab person={p} /> },
    rewards: { label: t('tabRewards'), node: <RewardsTab person={p} /> },
    discipline: { label: t('tabDiscipline'), node: <DisciplineTab person={p} /> },
    party: { label: t('tabParty'), node: <PartyTab person={p} /> },
    management: { label: t('tabManagement'), node: <ManagementTab person={p} /> },
    ...Object.fromEntries(extraTabs.map((x) => [x.key, { label: x.label[locale], node: x.render(p.id) }])),
  };
  const current = p.posts.filter((post) => !post.endDate).map((post) => post.title);

  return (
    <>
      <Card size="small">
        <Space wrap align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
          <div>
            <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
              {p.fullName}
            </Typography.Title>
            <Space wrap size={[8, 4]} style={{ marginTop: 8 }}>
              <Tag color="blue">{labels.status(p.status)}</Tag>
              {p.partyJoinDate !== null && <Tag color="red">{t('partyMember')}</Tag>}
              <span>{p.unitName}</span>
            </Space>
            <div style={{ color: MUTED_TEXT, marginTop: 4 }}>
              {[current.join('; '), `${labels.gender(p.gender)}, ${birthDateText(p)} (${t('age', { age })})`]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </div>
          <Space wrap>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'BNV-2008',
                    label: (
                      <a href={form2cHref(p.id, 'BNV-2008')} target="_blank" rel="noreferrer">
                        {t('form2cBnv')}
                      </a>
                    ),
                  },
                  {
                    key: 'TCTW-98',
                    label: (
                      <a href={form2cHref(p.id, 'TCTW-98')} target="_blank" rel="noreferrer">
                        {t('form2cTctw')}
                      </a>
                    ),
                  },
                ],
              }}
            >
              <Button icon={<PrinterOutlined />}>
                {t('printForm')} <DownOutlined />
              </Button>
            </Dropdown>
            {p.can.edit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('edit')}
              </Button>
            )}
          </Space>
        </Space>
      </Card>
      {phone ? (
        // Eight tabs overflow a phone; antd's overflow menu breaks the tablist's ARIA, so a select it is.
        <>
          <Select<TabKey>
            aria-label={t('section')}
            value={tab}
            onChange={select}
            options={keys.map((key) => ({ value: key, label: tabs[key]?.label }))}
            style={{ width: '100%', marginBottom: 16 }}
          />
          {tabs[tab]?.node}
        </>
      ) : (
        // Ten sections do not fit in one row of tabs (antd's overflow menu breaks the tablist's ARIA): a
        // column of tabs beside the section holds them all.
        <Tabs
          tabPlacement="start"
          activeKey={tab}
          onChange={(k) => select(isTab(k) ? k : 'general')}
          items={keys.map((key) => ({ key, label: tabs[key]?.label, children: tabs[key]?.node }))}
        />
      )}
      {editing && <PersonEditModal person={p} onClose={() => setEditing(false)} />}
    </>
  );
}
