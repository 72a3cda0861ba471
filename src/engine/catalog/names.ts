// Name comparison for catalog checks: the same name written with other spaces, widths, brackets or quotes
// is the same name. Nothing else is folded (no dropping of 的/支出): those are real differences.

const BRACKETS: Record<string, string> = {
  '【': '(', '】': ')', '[': '(', ']': ')', '〔': '(', '〕': ')', '［': '(', '］': ')', '{': '(', '}': ')',
};
const QUOTES = /["'“”‘’「」『』〝〞＂＇`]/g;

export function normaliseName(name: string): string {
  return name
    .normalize('NFKC') // full-width letters, digits and punctuation → half-width: （）→ (), ，→ ,
    .replace(/[【】[\]〔〕［］{}]/g, (ch) => BRACKETS[ch])
    .replace(QUOTES, '')
    .replace(/[\s\u00a0\u3000]+/g, '');
}

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}
