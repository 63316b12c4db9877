import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';

/** Whether the round allows remote voting (false for an unknown round). */
export async function isRemoteAllowed(db: Db, roundId: number): Promise<boolean> {
  const row = await db.selectFrom('vote_rounds').select('remote_allowed').where('id', '=', roundId).executeTakeFirst();
  return row?.remote_allowed === true;
}

/** Remote ballots issued: the blind signatures handed out (one per invited member, ADR 011). */
export async function remoteTokensIssued(db: Db, roundId: number): Promise<number> {
  const row = await db
    .selectFrom('vote_token_issues')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('round_id', '=', roundId)
    .where('signed', '=', true)
    .executeTakeFirstOrThrow();
  return row.n;
}
