import { handle } from '../../_server/http';

/** For process supervisors: the server answers. No data, no sign-in. */
export const GET = handle(async (_request: Request) => Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } }));
