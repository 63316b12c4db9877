import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail, UnitSummary } from '../org.contract.js';
import { currentKindsAllowedUnder, TRACKS, UNIT_KINDS, type Track, type UnitKindCode } from '../unit-kinds.js';
import { ActionModal } from './action-modal.js';
import { DATE_FORMAT, toIsoDate, today } from './form-dates.js';
import { useCreateUnit } from './org.api.js';
import { actionMessages } from './unit-actions.messages.js';
import { useOrgLabels } from './unit-labels.js';

interface Values {
  track: Track;
  kind: UnitKindCode;
  code: string;
  name: string;
  shortName?: string;
  validFrom: Dayjs;
  documentRef?: string;
}

interface Props {
  parent: UnitDetail;
  onClose(): void;
  onCreated(unit: UnitSummary): void;
}

/**
 * Thành lập đơn vị trực thuộc: only the tracks and kinds that may sit under the parent's kind and are
 * still in use after the 2025 reorganization (the server checks the same rule).
 */
export function UnitCreateModal({ parent, onClose, onCreated }: Props) {
  const t = useT(actionMessages);
  const labels = useOrgLabels();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const allowed = currentKindsAllowedUnder(parent.kind);
  const tracks = TRACKS.filter((tr) => allowed.some((k) => UNIT_KINDS[k].track === tr));
  const kindsOf = (tr: Track | undefined) => allowed.filter((k) => UNIT_KINDS[k].track === tr);
  // A single choice is made for the user.
  const onlyKind = (tr: Track | undefined) => {
    const ks = kindsOf(tr);
    return ks.length === 1 ? ks[0] : undefined;
  };
  const firstTrack = tracks.includes(parent.track) ? parent.track : tracks[0];
  const track = Form.useWatch('track', form) ?? firstTrack;
  const kinds = kindsOf(track);

  return (
    <ActionModal<Values>
      form={form}
      title={`${t('createChild')} — ${parent.name}`}
      initialValues={{ track: firstTrack, kind: onlyKind(firstTrack), validFrom: today() }}
      onClose={onClose}
      onSubmit={async (v) => {
        const created = await create.mutateAsync({
          body: {
            parentId: parent.id,
            track: v.track,
            kind: v.kind,
            code: v.code,
            name: v.name,
            shortName: v.shortName ?? null,
            validFrom: toIsoDate(v.validFrom),
            documentRef: v.documentRef ?? null,
          },
        });
        onCreated(created);
      }}
    >
      <Form.Item name="track" label={t('track')} rules={[{ required: true, message: t('requiredPick', { field: t('track') }) }]}>
        <Select
          options={tracks.map((tr) => ({ value: tr, label: labels.track(tr) }))}
          onChange={(tr: Track) => form.setFieldValue('kind', onlyKind(tr))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('requiredPick', { field: t('kind') }) }]}>
        <Select options={kinds.map((k) => ({ value: k, label: labels.kind(k) }))} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('code')}
        extra={t('codeHelp')}
        rules={[
          { required: true, message: t('required', { field: t('code') }) },
          { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: t('codeHelp') },
          { max: 40 },
        ]}
      >
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('name') }) }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="shortName" label={t('shortName')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="validFrom"
        label={t('validFrom')}
        rules={[{ required: true, message: t('requiredPick', { field: t('validFrom') }) }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="documentRef" label={t('documentRef')}>
        <Input maxLength={120} placeholder={t('documentRefPlaceholder')} />
      </Form.Item>
    </ActionModal>
  );
}
