import { Form, InputNumber } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { URL_YEAR_MAX, URL_YEAR_MIN } from '../../../platform/web/url-filters.js';
import { UnitPicker } from '../../org/web/index.js';
import { reviewsMessages } from './reviews.messages.js';

interface UnitYear {
  unitId?: number | undefined;
  year?: number | undefined;
}

/**
 * The unit (with everything under it) and year filters of the reviews' list pages (cycles,
 * consequences), as inline form items; empty means every unit in scope, every year.
 */
export function UnitYearFilterItems<F extends UnitYear>(props: {
  readonly idPrefix: string;
  readonly yearTestId: string;
  readonly filters: F;
  readonly onChange: (next: F) => void;
}) {
  const t = useT(reviewsMessages);
  const { idPrefix, filters, onChange } = props;
  return (
    <>
      <Form.Item label={t('unit')} htmlFor={`${idPrefix}-unit`}>
        <UnitPicker
          id={`${idPrefix}-unit`}
          value={filters.unitId ?? null}
          allowClear
          placeholder={t('unitAll')}
          style={{ width: 360, maxWidth: '100%' }}
          onChange={(unitId) => onChange({ ...filters, unitId })}
        />
      </Form.Item>
      <Form.Item label={t('year')} htmlFor={`${idPrefix}-year`}>
        <InputNumber
          id={`${idPrefix}-year`}
          min={URL_YEAR_MIN}
          max={URL_YEAR_MAX}
          placeholder={t('yearAll')}
          value={filters.year ?? null}
          style={{ width: 140 }}
          data-testid={props.yearTestId}
          onChange={(v) => onChange({ ...filters, year: typeof v === 'number' && v >= URL_YEAR_MIN ? v : undefined })}
        />
      </Form.Item>
    </>
  );
}
