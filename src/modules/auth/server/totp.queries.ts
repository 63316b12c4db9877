import type { Db } from '../../../platform/server/db/database.js';

/** Marks a TOTP time step used; false when that step (or a later one) was already used — a replay. */
export async function consumeTotpStep(db: Db, id: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({ totp_last_step: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Holds a new TOTP secret until the user proves with a code that their app has it. */
export async function setPendingTotp(db: Db, id: number, secret: string, now: Date): Promise<void> {
  await db.updateTable('accounts').set({ totp_pending_secret: secret, totp_pending_at: now }).where('id', '=', id).execute();
}
