import { handle } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';

/** What the background indexer is doing: the header badge polls it. */
export const GET = handle(async () => Response.json(serverIndex().status()));
