/**
 * Chinese pages come in Simplified and Traditional script (Big5 sites are Traditional):
 * "来源" is "來源", "相关资讯" is "相關資訊". Rather than convert every line, the few rules
 * that match Chinese labels are widened to accept both forms of each character.
 */
const TRADITIONAL: Record<string, string> = {
  时: '時', 间: '間', 览: '覽', 浏: '瀏', 阅: '閱', 读: '讀', 点: '點', 击: '擊', 访: '訪', 问: '問', 来: '來', 记: '記',
  讯: '訊', 员: '員', 责: '責', 编: '編', 辑: '輯', 关: '關', 资: '資', 闻: '聞', 链: '鏈', 荐: '薦', 权: '權', 页: '頁',
  当: '當', 发: '發', 布: '佈', 扫: '掃', 审: '審', 对: '對', 监: '監', 网: '網', 评: '評', 论: '論', 图: '圖', 热: '熱',
  门: '門', 欢: '歡', 转: '轉', 载: '載', 标: '標', 题: '題', 复: '複', 制: '製', 为: '為', 号: '號', 顶: '頂', 闭: '閉',
  纠: '糾', 错: '錯', 条: '條', 广: '廣', 导: '導', 与: '與', 们: '們', 摄: '攝', 机: '機', 开: '開', 报: '報', 数: '數',
  级: '級', 远: '遠', 续: '續', 详: '詳', 细: '細', 爱: '愛', 众: '眾',
};

/** The pattern with every Simplified character that has a Traditional form accepting both. */
export function bothScripts(pattern: RegExp): RegExp {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i += 1) {
    const ch = pattern.source[i]!;
    if (ch === '\\') {
      source += ch + (pattern.source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const traditional = TRADITIONAL[ch];
    source += !traditional || traditional === ch ? ch : inClass ? ch + traditional : `[${ch}${traditional}]`;
  }
  return new RegExp(source, pattern.flags);
}
