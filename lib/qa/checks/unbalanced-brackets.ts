import { pairedSymbolCheck } from '../paired-symbols';

export default pairedSymbolCheck('unbalanced-brackets', 'brackets', '(', ')');
