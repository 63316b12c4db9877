import type { Config } from '../config.js';
import type { Db, DbKind } from '../db/database.js';

/** What every module's routes receive from the composition root. */
export interface AppDeps {
  readonly db: Db;
  readonly dbKind: DbKind;
  readonly config: Config;
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date;
}
