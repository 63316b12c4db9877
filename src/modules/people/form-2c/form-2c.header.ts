import { GENDERS } from '../people-codes.js';
import type { Form2cData, Form2cVariant } from './form-2c.data.js';
import { MM, fieldLine, type Field, type Node } from './form-2c.blocks.js';
import { dateParts } from './form-2c.format.js';

// The form's header block (managing bodies, form number, cadre number), title with photo box, and
// the identity fields both variants share.

export function birthDateField(data: Form2cData, withGender: boolean): Field[] {
  const parts = dateParts(data.dateOfBirth);
  const day = data.birthYearOnly ? null : (parts?.day ?? null);
  const month = data.birthYearOnly ? null : (parts?.month ?? null);
  const fields: Field[] = [
    { label: 'Sinh ngày:', value: day, width: 18 },
    { label: 'tháng', value: month, width: 18 },
    { label: 'năm', value: parts?.year ?? null, width: 32 },
  ];
  if (withGender) fields.push({ label: ', Giới tính (nam, nữ):', value: genderLabel(data) });
  return fields;
}

export function genderLabel(data: Form2cData): string | null {
  return data.gender ? GENDERS[data.gender].vi : null;
}

export function upperName(data: Form2cData): string | null {
  return data.fullName ? data.fullName.trim().toLocaleUpperCase('vi-VN') : null;
}

function photoBox(): Node {
  return {
    table: {
      widths: [40 * MM - 9],
      heights: [60 * MM - 5],
      body: [[{ text: 'Ảnh màu\n(4 x 6 cm)', alignment: 'center', fontSize: 10, margin: [0, 25 * MM, 0, 0] }]],
    },
    layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8 },
  };
}

export function header(data: Form2cData, variant: Form2cVariant): Node {
  const h = data.header;
  const small = { fontSize: 11 };
  if (variant === 'BNV-2008') {
    return {
      ...small,
      columns: [
        {
          width: '*',
          stack: [
            { text: 'Cơ quan, đơn vị có thẩm quyền quản lý CBCC:' },
            fieldLine({ label: '', value: h.managingBody }),
            { text: 'Cơ quan, đơn vị sử dụng CBCC:', margin: [0, 2, 0, 0] },
            fieldLine({ label: '', value: h.employingUnit }),
          ],
        },
        {
          width: 168,
          stack: [
            { text: 'Mẫu 2C-BNV/2008', bold: true, alignment: 'right', fontSize: 12 },
            {
              text: 'ban hành kèm theo Quyết định số 02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ',
              italics: true,
              alignment: 'right',
              fontSize: 8.5,
              margin: [0, 0, 0, 2],
            },
            fieldLine({ label: 'Số hiệu CBCC:', value: h.cadreNumber }),
          ],
        },
      ],
      columnGap: 10,
    };
  }
  return {
    ...small,
    columns: [
      {
        width: '*',
        stack: [
          fieldLine({ label: 'Tỉnh:', value: h.province }),
          fieldLine({ label: 'Đơn vị trực thuộc:', value: h.directUnit }),
          fieldLine({ label: 'Đơn vị cơ sở:', value: h.grassrootsUnit }),
        ],
      },
      {
        width: 150,
        stack: [
          { text: 'Mẫu 2C/TCTW-98', bold: true, alignment: 'right', fontSize: 12, margin: [0, 0, 0, 4] },
          fieldLine({ label: 'Số hiệu cán bộ:', value: h.cadreNumber }),
        ],
      },
    ],
    columnGap: 10,
  };
}

export function titleBlock(title: string, beside: Node[]): Node {
  return {
    margin: [0, 10, 0, 4],
    columns: [
      { width: 40 * MM, stack: [photoBox()] },
      {
        width: '*',
        stack: [{ text: title, bold: true, fontSize: 15, alignment: 'center', margin: [0, 6, 0, 14] }, ...beside],
      },
    ],
    columnGap: 12,
  };
}
