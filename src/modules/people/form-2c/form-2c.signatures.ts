import type { Form2cData } from './form-2c.data.js';
import { BLANK, type Node } from './form-2c.blocks.js';
import { formatLongDate } from './form-2c.format.js';

export function signatures(data: Form2cData): Node {
  const place = data.declarationPlace ?? BLANK;
  const date = formatLongDate(data.declarationDate) ?? 'ngày …… tháng …… năm 20……';
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    columns: [
      {
        width: '*',
        alignment: 'center',
        stack: [
          { text: `${place}, ${date}`, italics: true },
          { text: 'Người khai', bold: true, margin: [0, 4, 0, 0] },
          { text: 'Tôi xin cam đoan những lời khai trên đây là đúng sự thật', italics: true, fontSize: 10.5 },
          { text: '(Ký tên, ghi rõ họ tên)', italics: true, fontSize: 10.5 },
          { text: data.fullName ?? ' ', bold: true, margin: [0, 48, 0, 0] },
        ],
      },
      {
        width: '*',
        alignment: 'center',
        stack: [
          { text: `${BLANK}, ngày …… tháng …… năm 20……`, italics: true },
          { text: 'Thủ trưởng cơ quan, đơn vị quản lý\nvà sử dụng CBCC', bold: true, margin: [0, 4, 0, 0] },
          { text: '(Ký tên, đóng dấu)', italics: true, fontSize: 10.5 },
        ],
      },
    ],
    columnGap: 16,
  };
}
