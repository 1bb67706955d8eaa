import { pairedSymbolCheck } from '../paired-symbols';

/** "1) Refer to…", "b) SF Express": a list item's number or letter closed by a bracket alone, at the start of the row. */
const LIST_ITEM = /^\s*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})$/;

export default pairedSymbolCheck('unbalanced-brackets', 'brackets', '(', ')', { notAClose: (target, at) => at <= 5 && LIST_ITEM.test(target.slice(0, at)) });
