import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { DataTable } from '../../../platform/web/data-table.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { PHONE_QUERY, useMediaQuery } from '../../../platform/web/use-media-query.js';
import type { DayOff } from '../calendar.contract.js';
import { dayOfWeek } from '../working-days.rules.js';
import { daysOffMessages } from './days-off.messages.js';

type WeekdayKey = 'wd0' | 'wd1' | 'wd2' | 'wd3' | 'wd4' | 'wd5' | 'wd6';

interface Props {
  year: number;
  days: readonly DayOff[];
  loading: boolean;
  /** Editing actions are shown only to who may change the list (the server checks again). */
  canEdit: boolean;
  deleting: string | null;
  onEdit(day: DayOff): void;
  onDelete(day: DayOff): void;
}

/** Edit and remove a listed day; the fixed holidays come from the law, so they have neither. */
function RowActions({ day, deleting, onEdit, onDelete }: { day: DayOff } & Pick<Props, 'deleting' | 'onEdit' | 'onDelete'>) {
  const t = useT(daysOffMessages);
  if (day.fixed) return null;
  const date = formatDate(day.day);
  return (
    <Space size={4} wrap>
      <Button size="small" icon={<EditOutlined />} aria-label={t('editLabel', { date })} onClick={() => onEdit(day)}>
        {t('edit')}
      </Button>
      <Popconfirm
        title={t('removeConfirm', { date })}
        okText={t('remove')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => onDelete(day)}
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          loading={deleting === day.day}
          aria-label={t('removeLabel', { date })}
          data-testid={`day-off-delete-${day.day}`}
        >
          {t('remove')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The name with its "fixed by law" tag; on a phone also the document and the actions, one column for all. */
function NameCell({
  day,
  phone,
  ...actions
}: { day: DayOff; phone: boolean } & Pick<Props, 'deleting' | 'onEdit' | 'onDelete' | 'canEdit'>) {
  const t = useT(daysOffMessages);
  return (
    <div style={{ minWidth: 140, maxWidth: phone ? undefined : 320 }}>
      <div>{day.name}</div>
      {day.fixed && (
        <Tag color="blue" style={{ marginTop: 4 }}>
          {t('fixed')}
        </Tag>
      )}
      {phone && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '4px 0 0' }}>
          {day.source}
        </Typography.Paragraph>
      )}
      {phone && actions.canEdit && !day.fixed && (
        <div style={{ marginTop: 8 }}>
          <RowActions day={day} {...actions} />
        </div>
      )}
    </div>
  );
}

/**
 * The year's days off in date order: date with its weekday, name, announcing document, fixed tag.
 * On a phone the document and the actions go under the name, so nothing hides off to the side.
 */
export function DaysOffTable({ year, days, loading, canEdit, deleting, onEdit, onDelete }: Props) {
  const t = useT(daysOffMessages);
  const phone = useMediaQuery(PHONE_QUERY);
  const actions = { canEdit, deleting, onEdit, onDelete };
  const columns = [
    {
      title: t('colDate'),
      key: 'day',
      render: (_: unknown, d: DayOff) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <div>{formatDate(d.day)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t(`wd${dayOfWeek(d.day)}` as WeekdayKey)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('colName'),
      key: 'name',
      render: (_: unknown, d: DayOff) => <NameCell day={d} phone={phone} {...actions} />,
    },
    ...(phone
      ? []
      : [
          {
            title: t('colSource'),
            key: 'source',
            render: (_: unknown, d: DayOff) => <div style={{ minWidth: 160, maxWidth: 360 }}>{d.source}</div>,
          },
        ]),
    ...(canEdit && !phone
      ? [
          {
            title: t('colActions'),
            key: 'actions',
            render: (_: unknown, d: DayOff) => <RowActions day={d} deleting={deleting} onEdit={onEdit} onDelete={onDelete} />,
          },
        ]
      : []),
  ];
  return (
    <DataTable<DayOff>
      label={t('tableLabel', { year })}
      rowKey="day"
      columns={columns}
      dataSource={[...days]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      data-testid="days-off-table"
    />
  );
}
