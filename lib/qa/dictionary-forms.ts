/**
 * Every word form a Hunspell dictionary spells, expanded once from its .dic and .aff: the
 * stems with their suffixes and prefixes (en_US: "city" → "cities", "do" → "undo"). Asking
 * this set is a hash lookup, where Hunspell itself strips affixes on every question; the
 * spelling check asks about every word of every row, and its suggestions about hundreds of
 * candidates per unknown word. Compound rules (ordinals like "21st") are left to Hunspell.
 */
interface AffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

interface AffixGroup {
  kind: 'PFX' | 'SFX';
  crossProduct: boolean;
  rules: AffixRule[];
}

export function expandDictionary(aff: string, dic: string): Set<string> {
  const groups = parseAffixes(aff);
  const onlyInCompound = /^ONLYINCOMPOUND\s+(\S)/m.exec(aff)?.[1];
  const needAffix = /^NEEDAFFIX\s+(\S)/m.exec(aff)?.[1];
  const forms = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const entry = line.trim().split(/\s/)[0];
    if (!entry) continue;
    const slash = entry.indexOf('/');
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? '' : entry.slice(slash + 1);
    if (onlyInCompound && flags.includes(onlyInCompound)) continue;
    if (!needAffix || !flags.includes(needAffix)) forms.add(word);
    const suffixed: string[] = [];
    for (const flag of flags) {
      const group = groups.get(flag);
      if (group?.kind !== 'SFX') continue;
      for (const form of apply(group, word)) {
        forms.add(form);
        if (group.crossProduct) suffixed.push(form);
      }
    }
    for (const flag of flags) {
      const group = groups.get(flag);
      if (group?.kind !== 'PFX') continue;
      for (const form of apply(group, word)) forms.add(form);
      if (group.crossProduct) for (const base of suffixed) for (const form of apply(group, base)) forms.add(form);
    }
  }
  return forms;
}

function apply(group: AffixGroup, word: string): string[] {
  const out: string[] = [];
  for (const { strip, add, condition } of group.rules) {
    if (!condition.test(word)) continue;
    if (group.kind === 'SFX') {
      if (strip && !word.endsWith(strip)) continue;
      out.push(word.slice(0, word.length - strip.length) + add);
    } else {
      if (strip && !word.startsWith(strip)) continue;
      out.push(add + word.slice(strip.length));
    }
  }
  return out;
}

/** The PFX and SFX groups of an .aff file, by flag. */
function parseAffixes(aff: string): Map<string, AffixGroup> {
  const groups = new Map<string, AffixGroup>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag] = parts;
    if ((kind !== 'PFX' && kind !== 'SFX') || !flag) continue;
    if (parts.length === 4 && /^[YN]$/.test(parts[2]!)) {
      groups.set(flag, { kind, crossProduct: parts[2] === 'Y', rules: groups.get(flag)?.rules ?? [] });
      continue;
    }
    const [, , strip = '0', add = '0', condition = '.'] = parts;
    const group = groups.get(flag);
    if (!group) continue;
    const plainAdd = add.split('/')[0]!;
    const pattern = kind === 'SFX' ? `${condition}$` : `^${condition}`;
    group.rules.push({ strip: strip === '0' ? '' : strip, add: plainAdd === '0' ? '' : plainAdd, condition: new RegExp(pattern) });
  }
  return groups;
}
