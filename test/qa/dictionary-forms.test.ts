import assert from 'node:assert/strict';
import { test } from 'node:test';
import dictionary from 'dictionary-en';
import { expandDictionary } from '../../lib/qa/dictionary-forms';
import { englishSpeller } from '../../lib/qa/english-dictionary';

test('affixes expand as Hunspell reads them: suffix conditions, stripping, prefixes crossed with suffixes', () => {
  const aff = ['SFX S Y 2', 'SFX S y ies [^aeiou]y', 'SFX S 0 s [^y]', 'PFX U Y 1', 'PFX U 0 un .', 'ONLYINCOMPOUND c'].join('\n');
  const forms = expandDictionary(aff, ['4', 'city/S', 'do/U', 'tie/SU', '1th/c'].join('\n'));
  assert.deepEqual([...forms].sort(), ['cities', 'city', 'do', 'tie', 'ties', 'undo', 'untie', 'unties']);
});

test('the expanded en_US forms answer as Hunspell does, for words and for one-letter misspellings', () => {
  const forms = expandDictionary(Buffer.from(dictionary.aff).toString('utf8'), Buffer.from(dictionary.dic).toString('utf8'));
  const speller = englishSpeller();
  const words = 'cities developed conferences arduous unhappiness reorganised mouthparts recognize colour boundaries spaceship blackholes teh recieve'.split(' ');
  const typos = words.flatMap((w) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1)));
  for (const word of [...words, ...typos]) assert.equal(forms.has(word), speller.correct(word), word);
});
