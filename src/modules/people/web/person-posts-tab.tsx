import { Button, Form, Space, Tag } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import {
  AddPostInputSchema,
  EndPostInputSchema,
  peopleEndpoints as api,
  SetManagementInputSchema,
  type PersonDetail,
  type PersonManagement,
  type PersonPost,
} from '../people.contract.js';
import { HistoryFields, historyBody, type HistoryField } from './history-fields.js';
import { HistorySection } from './history-section.js';
import { PersonFormModal } from './person-form-modal.js';
import { profileMessages } from './person-profile.messages.js';
import { usePeopleWrite } from './people.api.js';

const D = (iso: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(iso)}</span>;
// Dark text on a light tint: antd's preset green/gold tags fall under 4.5:1.
const CURRENT = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };

/** Quá trình công tác: posts over time, concurrent posts allowed, head and deputy marked. */
export function PostsTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  const [ending, setEnding] = useState<PersonPost | null>(null);
  return (
    <>
      <HistorySection<PersonPost>
        personId={person.id}
        title={t('tabPosts')}
        items={person.posts}
        canEdit={person.can.edit}
        remove={api.deletePersonPost}
        columns={[
          { key: 'from', title: t('colFrom'), render: (_, r) => D(r.startDate) },
          {
            key: 'to',
            title: t('colTo'),
            render: (_, r) => (r.endDate ? D(r.endDate) : <Tag style={CURRENT}>{t('current')}</Tag>),
          },
          { key: 'title', title: t('colTitle'), dataIndex: 'title' },
          { key: 'unit', title: t('colUnit'), dataIndex: 'unitName' },
          {
            key: 'role',
            title: t('colRole'),
            render: (_, r) => (
              <Space size={4}>
                {r.isHead && <Tag color="blue">{t('head')}</Tag>}
                {r.isDeputy && <Tag>{t('deputy')}</Tag>}
              </Space>
            ),
          },
          { key: 'doc', title: t('colDocument'), dataIndex: 'documentRef' },
        ]}
        rowActions={(post) =>
          post.endDate ? null : (
            <Button size="small" onClick={() => setEnding(post)} aria-label={t('endPostTitle', { title: post.title })}>
              {t('endPost')}
            </Button>
          )
        }
        add={{
          label: t('addPost'),
          endpoint: api.addPersonPost,
          shape: AddPostInputSchema.shape,
          fields: [
            { name: 'unitId', label: t('colUnit'), kind: 'unit', required: true },
            { name: 'title', label: t('colTitle'), kind: 'text', required: true },
            { name: 'isHead', label: t('isHead'), kind: 'bool' },
            { name: 'isDeputy', label: t('isDeputy'), kind: 'bool' },
            { name: 'startDate', label: t('startDate'), kind: 'date', required: true },
            { name: 'documentRef', label: t('documentRef'), kind: 'text', max: 120 },
          ],
        }}
      />
      {ending && <EndPostModal personId={person.id} post={ending} onClose={() => setEnding(null)} />}
    </>
  );
}

function EndPostModal({ personId, post, onClose }: { personId: number; post: PersonPost; onClose(): void }) {
  const t = useT(profileMessages);
  const [form] = Form.useForm<Record<string, unknown>>();
  const end = usePeopleWrite(api.endPersonPost);
  const fields: HistoryField[] = [
    { name: 'endDate', label: t('endDate'), kind: 'date', required: true },
    { name: 'documentRef', label: t('documentRef'), kind: 'text', max: 120 },
  ];
  return (
    <PersonFormModal<Record<string, unknown>>
      form={form}
      title={t('endPostTitle', { title: post.title })}
      onClose={onClose}
      onSubmit={(v) => {
        const body = EndPostInputSchema.parse(historyBody(fields, v));
        return end.mutateAsync({ params: { id: personId, postId: post.id }, body });
      }}
    >
      <HistoryFields fields={fields} shape={EndPostInputSchema.shape} />
    </PersonFormModal>
  );
}

/** Diện quản lý: the management body per track (party, state) over time. */
export function ManagementTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  const track = (tr: PersonManagement['track']) => (tr === 'party' ? t('trackParty') : t('trackState'));
  return (
    <HistorySection<PersonManagement>
      personId={person.id}
      title={t('tabManagement')}
      items={person.management}
      canEdit={person.can.edit}
      remove={api.deletePersonManagement}
      columns={[
        { key: 'track', title: t('colTrack'), render: (_, r) => track(r.track) },
        { key: 'body', title: t('colBody'), dataIndex: 'managementBodyName' },
        { key: 'from', title: t('colFrom'), render: (_, r) => D(r.validFrom) },
        {
          key: 'to',
          title: t('colTo'),
          render: (_, r) => (r.validTo ? D(r.validTo) : <Tag style={CURRENT}>{t('current')}</Tag>),
        },
      ]}
      add={{
        label: t('setManagement'),
        endpoint: api.setPersonManagement,
        shape: SetManagementInputSchema.shape,
        intro: <p>{t('managementHint')}</p>,
        fields: [
          {
            name: 'track',
            label: t('colTrack'),
            kind: 'select',
            required: true,
            options: [
              { value: 'party', label: t('trackParty') },
              { value: 'state', label: t('trackState') },
            ],
          },
          { name: 'managementBodyId', label: t('colBody'), unitLabel: t('bodyUnit'), kind: 'body', required: true },
          { name: 'validFrom', label: t('colFrom'), kind: 'date', required: true },
        ],
      }}
    />
  );
}
