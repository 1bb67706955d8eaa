import { pairedSymbolCheck } from '../paired-symbols';
import type { QaRow } from '../types';

/** The Chinese opens more quotations than it closes (“ without ”, or an odd number of "). */
function chineseLeavesOpen(source: string | null): boolean {
  if (!source) return false;
  let [opened, closed, straight] = [0, 0, 0];
  for (const c of source) {
    if (c === '“') opened += 1;
    else if (c === '”') closed += 1;
    else if (c === '"' || c === '＂') straight += 1;
  }
  return opened > closed || straight % 2 === 1;
}

/**
 * A quotation that runs on past its sentence is left open in the English as in the Chinese
 * (中国政府认为，"长期以来，…造成灾难性后果。 ends its row with the quotation open), and each
 * new sentence of it may open again with “, as English does for each paragraph of a long quotation.
 */
function quotationRunsOn({ source, target }: QaRow, at: number, previousLeftOpen: boolean): boolean {
  return chineseLeavesOpen(source) || (previousLeftOpen && target.slice(0, at).trim() === '');
}

export default pairedSymbolCheck('unbalanced-quotes', 'quotation marks', '“', '”', { leftOpen: quotationRunsOn });
