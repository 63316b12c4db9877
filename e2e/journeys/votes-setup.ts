import { request, type APIRequestContext } from 'playwright-core';

/**
 * A confidence vote round set up through the API as the demo organizer (`tochuc`), the way the
 * organizer's pages will: round over a unit, subjects who hold posts there, a roll of three by name,
 * frozen, all three present, open, three room codes. Also closes and publishes it afterwards.
 */
export interface VoteRoundFixture {
  readonly roundId: number;
  readonly codes: readonly string[];
  readonly subjects: readonly string[];
  closeAndPublish(): Promise<void>;
  dispose(): Promise<void>;
}

interface Person {
  id: number;
  fullName: string;
  unitId: number;
  postTitles: string[];
}

interface Round {
  id: number;
  subjects: { fullName: string; excluded: boolean }[];
  roll: { id: number }[];
}

class Organizer {
  private csrf = '';
  constructor(private readonly api: APIRequestContext) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.api.fetch(path, {
      method,
      headers: { accept: 'application/json', ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }) },
      ...(body === undefined ? {} : { data: body }),
    });
    const text = await res.text();
    if (!res.ok()) throw new Error(`${method} ${path} answered ${res.status()}: ${text.slice(0, 500)}`);
    const json = (text ? JSON.parse(text) : null) as T & { csrfToken?: string };
    if (typeof json?.csrfToken === 'string') this.csrf = json.csrfToken;
    return json;
  }
}

/** Three or more people holding a post in one unit, from the demo registry. */
async function officeHolders(org: Organizer): Promise<{ unitId: number; people: Person[] }> {
  const page = await org.call<{ items: Person[] }>('GET', '/api/people?pageSize=500&postTitle=pho');
  const byUnit = new Map<number, Person[]>();
  for (const p of page.items) if (p.postTitles.length > 0) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const best = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  if (!best || best[1].length < 3) throw new Error('the demo has no unit with three office holders');
  return { unitId: best[0], people: best[1].slice(0, 4) };
}

export async function setUpVoteRound(baseURL: string, password: string): Promise<VoteRoundFixture> {
  const api = await request.newContext({ baseURL });
  const org = new Organizer(api);
  await org.call('GET', '/api/auth/session');
  await org.call('POST', '/api/auth/login', { username: 'tochuc', password });
  const { unitId, people } = await officeHolders(org);
  const today = new Date().toISOString().slice(0, 10);
  const created = await org.call<Round>('POST', '/api/votes/rounds', {
    unitId,
    title: 'Lấy phiếu tín nhiệm giữa nhiệm kỳ (thử nghiệm)',
    ruleSet: 'party',
    voteDate: today,
  });
  const base = `/api/votes/rounds/${created.id}`;
  const withSubjects = await org.call<Round>('POST', `${base}/subjects`, {
    subjects: people.map((p) => ({ personId: p.id })),
  });
  const subjects = withSubjects.subjects.filter((s) => !s.excluded).map((s) => s.fullName);
  if (subjects.length < 2) throw new Error(`only ${subjects.length} eligible subjects: ${JSON.stringify(withSubjects.subjects)}`);
  const members = ['Nguyễn Văn Một', 'Trần Thị Hai', 'Lê Văn Ba'].map((name) => ({ name }));
  const withRoll = await org.call<Round>('PUT', `${base}/roll`, { members });
  await org.call('POST', `${base}/roll/freeze`);
  await org.call('PUT', `${base}/attendance`, { presentMemberIds: withRoll.roll.map((m) => m.id) });
  await org.call('POST', `${base}/open`);
  const { codes } = await org.call<{ codes: string[] }>('POST', `${base}/codes`);
  return {
    roundId: created.id,
    codes,
    subjects,
    closeAndPublish: async () => {
      await org.call('POST', `${base}/close`);
      await org.call('POST', `${base}/publish`);
    },
    dispose: () => api.dispose(),
  };
}
