import { Alert, Button, InputNumber, Radio, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { MAX_PAPER_SHEET_NO, PAPER_MARK_KEYS } from '../paper-entry.rules.js';
import type { BallotMark } from '../vote-constants.js';
import type { PaperStatus } from '../votes-paper.contract.js';
import { paperEntryMessages } from './paper-entry.messages.js';
import { markLabel, MARKS_IN_KEY_ORDER } from './paper-marks.js';

type Subject = PaperStatus['subjects'][number];
type Marks = Record<string, BallotMark | undefined>;

export interface SheetDraft {
  readonly sheetNo: number;
  readonly marks: Readonly<Record<string, BallotMark>>;
}

/**
 * One paper sheet, typed fast: a digit per person in ballot order (1/2/3 levels, 0 no mark, 9 several
 * marks), the cursor moving on by itself; Backspace goes back; Enter saves. The radios show and take the
 * same marks by pointer. Remounted (by key) for each new sheet, with the next sheet number filled in.
 */
export function PaperSheetForm(props: {
  subjects: readonly Subject[];
  initial: SheetDraft | { sheetNo: number; marks?: undefined };
  disabled: boolean;
  saving: boolean;
  onSave: (sheet: SheetDraft) => void;
}) {
  const t = useT(paperEntryMessages);
  const { locale } = useLocale();
  const { subjects } = props;
  const [sheetNo, setSheetNo] = useState<number | null>(props.initial.sheetNo);
  const [marks, setMarks] = useState<Marks>(() => ({ ...props.initial.marks }));
  const [cursor, setCursor] = useState(0);
  const [tried, setTried] = useState(false);
  const area = useRef<HTMLDivElement>(null);
  const missing = subjects.filter((s) => !marks[s.id]).length;

  useEffect(() => {
    area.current?.focus();
  }, []);

  const mark = (index: number, value: BallotMark) => {
    const subject = subjects[index];
    if (!subject) return;
    setMarks((m) => ({ ...m, [subject.id]: value }));
    setCursor(Math.min(index + 1, subjects.length - 1));
  };

  const save = () => {
    setTried(true);
    if (sheetNo === null || missing > 0 || props.disabled) return;
    const complete: Record<string, BallotMark> = {};
    for (const s of subjects) {
      const m = marks[s.id];
      if (m) complete[s.id] = m;
    }
    props.onSave({ sheetNo, marks: complete });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const value = PAPER_MARK_KEYS[e.key];
    if (value) {
      e.preventDefault();
      mark(cursor, value);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      const back = Math.max(cursor - 1, 0);
      const subject = subjects[back];
      if (subject) setMarks((m) => ({ ...m, [subject.id]: undefined }));
      setCursor(back);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      save();
    }
  };

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space align="center" wrap>
        <label htmlFor="paper-sheet-no">
          <Typography.Text strong>{t('sheetNo')}</Typography.Text>
        </label>
        <InputNumber
          id="paper-sheet-no"
          min={1}
          max={MAX_PAPER_SHEET_NO}
          precision={0}
          value={sheetNo}
          onChange={(v) => setSheetNo(typeof v === 'number' ? v : null)}
          onPressEnter={() => area.current?.focus()}
          status={tried && sheetNo === null ? 'error' : ''}
          disabled={props.disabled}
          data-testid="paper-sheet-no"
        />
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('help')}
      </Typography.Paragraph>
      <div
        ref={area}
        tabIndex={0}
        role="group"
        aria-label={t('colMarks')}
        onKeyDown={onKeyDown}
        data-testid="paper-marks"
        style={{ outlineOffset: 2 }}
      >
        {subjects.map((s, i) => {
          const legendId = `paper-subject-${s.id}`;
          return (
            <fieldset
              key={s.id}
              style={{
                border: 0,
                margin: 0,
                padding: '6px 8px',
                borderRadius: 6,
                background: i === cursor ? 'rgba(22, 119, 255, 0.08)' : undefined,
              }}
            >
              <legend id={legendId} style={{ float: 'left', minWidth: 240, padding: '4px 12px 4px 0' }}>
                <Typography.Text strong>
                  {i + 1}. {s.fullName}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">{s.postTitle}</Typography.Text>
              </legend>
              <Radio.Group
                aria-labelledby={legendId}
                optionType="button"
                buttonStyle="solid"
                disabled={props.disabled}
                value={marks[s.id]}
                onChange={(e) => mark(i, e.target.value as BallotMark)}
                options={MARKS_IN_KEY_ORDER.map((m) => ({ value: m, label: markLabel(m, locale) }))}
              />
            </fieldset>
          );
        })}
      </div>
      {tried && missing > 0 && <Alert type="warning" showIcon title={t('incomplete', { count: missing })} />}
      <Button type="primary" onClick={save} loading={props.saving} disabled={props.disabled} data-testid="paper-save">
        {t('saveSheet')}
      </Button>
    </Space>
  );
}
