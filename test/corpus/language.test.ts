import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../../lib/corpus/language';

const cases: [string, string][] = [
  ['转型是发展的永恒命题。近年来,上党区始终把转型发展作为各项工作的重中之重。', 'zh'],
  ['轉型是發展的永恆命題。近年來,上黨區始終把轉型發展作為各項工作的重中之重。', 'zh'],
  ['On November 17, Ningwu County held a promotion meeting for the provincial civilized city.', 'en'],
  ['上党区 Shangdang District 推进 high-quality development 的重要举措和具体行动', 'zh'],
  ['Li Hongzhong and Liao Guoxun visited the FAW-Toyota project in 中新天津生态城.', 'en'],
  ['12345 67890 !!!', 'unknown'],
  ['Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor', 'unknown'],
  ['Привет, как дела? Это русский текст без латиницы и иероглифов.', 'unknown'],
  ['市政府召开常务会议', 'zh'],
  ['上党', 'unknown'],
  ['これは日本語の文章です。東京で会議が開かれました。', 'unknown'],
  ['<script>alert("x")</script> The meeting was held in the city on Monday.', 'en'],
  ['', 'unknown'],
];

for (const [text, expected] of cases) {
  test(`${expected}: ${text.slice(0, 30)}`, () => assert.equal(detectLanguage(text), expected));
}
