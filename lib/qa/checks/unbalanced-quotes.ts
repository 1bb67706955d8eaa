import { pairedSymbolCheck } from '../paired-symbols';

export default pairedSymbolCheck('unbalanced-quotes', 'quotation marks', '“', '”');
