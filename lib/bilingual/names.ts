import { pinyin } from 'pinyin-pro';
import { isPlaceEntry, lookup } from './lexicon';

/**
 * Chinese names of people and places as English news writes them: surname first, given
 * name joined (李鸿忠 → Li Hongzhong), places joined with their level translated
 * (上党区 → Shangdang District, 长治 → Changzhi).
 */

/** The commonest surnames, which cover most names in the news. Two-character ones first. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '西门'];
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);

/** Administrative levels and how English writes them after the joined name. */
const PLACE_LEVELS: [string, string][] = [
  ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'], ['街道', 'Subdistrict'], ['新区', 'New Area'],
  ['开发区', 'Development Zone'], ['省', 'Province'], ['市', 'City'], ['区', 'District'], ['县', 'County'],
  ['镇', 'Town'], ['乡', 'Township'], ['村', 'Village'],
];
export const PLACE_SUFFIX = /(自治区|自治州|街道|新区|开发区|[省市区县镇乡村])$/;

const variantsCache = new Map<string, string[]>();

/** Toneless pinyin syllables, spaced: 张驰 → "zhang chi". Surname readings where they differ (单 → shan). */
export function pinyinSyllables(word: string, asName = false): string {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true, ...(asName ? { surname: 'head' as const } : {}) });
  return syllables.map((s) => s.replace(/ü/g, 'u').toLowerCase()).join(' ');
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const joined = (word: string, asName = false) => capitalise(pinyinSyllables(word, asName).replace(/ /g, ''));

/** The surname at the start of a name, if it starts with a common one. */
export function surnameOf(name: string): string | null {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound) return compound;
  return SURNAMES.has(name.charAt(0)) ? name.charAt(0) : null;
}

/**
 * How English may write a Chinese name, the usual form first:
 * 张驰 → ["Zhang Chi", "Chi Zhang"], 上党区 → ["Shangdang District", "Shangdang"],
 * 长治 → ["Changzhi"]. Cached.
 */
export function pinyinNameVariants(zhName: string): string[] {
  const cached = variantsCache.get(zhName);
  if (cached) return cached;
  const variants = placeVariants(zhName) ?? personVariants(zhName) ?? [joined(zhName)];
  variantsCache.set(zhName, variants);
  return variants;
}

function placeVariants(name: string): string[] | null {
  const level = PLACE_LEVELS.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length + 1);
  if (level) {
    const root = joined(name.slice(0, -level[0].length));
    return [`${root} ${level[1]}`, root];
  }
  if (lookup(name).some(isPlaceEntry)) return [joined(name)];
  return null;
}

function personVariants(name: string): string[] | null {
  const surname = surnameOf(name);
  if (!surname || name.length < 2 || name.length > 4 || name.length === surname.length) return null;
  const family = joined(surname, true);
  const given = joined(name.slice(surname.length));
  return [`${family} ${given}`, `${given} ${family}`];
}

/** The lowercase joined forms English evidence is compared with: 李鸿忠 → ["lihongzhong", "li", "hongzhong"]. */
export function nameTokens(zhName: string): string[] {
  const words = pinyinNameVariants(zhName)[0]!.toLowerCase().split(' ');
  const tokens = new Set([words.join(''), ...words]);
  return [...tokens].filter((t) => t.length > 1);
}
