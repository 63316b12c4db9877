// The progress bar moves while a large import commits, on both backends: the poll is stateless, so it
// answers between the commit's chunks even when the embedded database's one connection is in use.
import { expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, insertUnit } from '../../../app/server/testing/world.js';
import type { ImportProgress } from '../people-import.schemas.js';
import { checkIdNumber } from '../person-id.rules.js';

const ROWS = 20_000;

/** A CSV of ROWS civil servants with valid, unique ID numbers (001 Hà Nội, men born 1980). */
function bigCsv(): Buffer {
  const lines = ['Họ và tên,Ngày sinh,Giới tính,Số CCCD,Đối tượng'];
  for (let i = 0; i < ROWS; i++) {
    const id = `001080${String(i).padStart(6, '0')}`;
    lines.push(`Nguyễn Văn Tiến ${i},01/01/1980,Nam,${id},Công chức`);
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8');
}

describeBackends('people: import progress during a large commit', (ctx) => {
  it('shows the phases and the rows written while the commit runs', async () => {
    expect(checkIdNumber('001080000001', { gender: 'male', dateOfBirth: '1980-01-01' })).toEqual([]);
    const w = await buildWorld(ctx());
    const organizer = await w.client('organizer');
    const unit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Nhập Lớn' });
    const importId = 'progress-test-000000000001';
    const seen: ImportProgress[] = [];
    let finished = false;
    const commit = organizer
      .upload(`/api/imports/people/commit?unitId=${unit.id}&importId=${importId}`, { fileName: 'lon.csv', content: bigCsv() })
      .finally(() => {
        finished = true;
      });
    while (!finished) {
      // Polled with the session cookie, as the browser does: the session must not be read.
      const res = await organizer.get<ImportProgress>(`/api/imports/people/progress?importId=${importId}`);
      if (!finished) seen.push(res.body);
      await new Promise((r) => setTimeout(r, 20));
    }
    const res = await commit;
    expect(res.status).toBe(200);
    const during = seen.filter((p) => p.phase !== 'waiting');
    expect(during.length).toBeGreaterThan(0);
    expect(during.some((p) => p.phase === 'writing' && p.done > 0 && p.done < p.total)).toBe(true);
  }, 180_000);
});
