import type { MessageParams, MessageTable } from '../types';

const LEVEL: Record<number, string> = { 1: '类', 2: '款', 3: '项' };
const SYSTEM: Record<string, string> = { function: '支出功能分类', economicDept: '部门预算支出经济分类', economicGov: '政府预算支出经济分类' };
const list = (v: unknown): string => (Array.isArray(v) ? v.join('/') : String(v ?? ''));
const where = (p: MessageParams): string => (p.tableLabel ? `${p.tableLabel}：` : '');
const system = (p: MessageParams): string => SYSTEM[String(p.system)] ?? String(p.system ?? '');

const FORMAT_REASON: Record<string, (p: MessageParams) => string> = {
  'not-digits': () => '含有数字以外的字符',
  length: (p) => `位数不对，${system(p)}科目编码应为 ${list(p.lengths)} 位${p.system === 'function' ? '' : '（经济分类只到款级）'}`,
  prefix: (p) => `首位不对，${system(p)}科目编码应以 ${p.firstDigit} 开头`,
};

const CATALOG_ROW_REASON: Record<string, string> = {
  'code-missing': '缺少科目编码',
  'code-format': '科目编码含有数字以外的字符',
  'code-system': '科目编码不属于任何分类体系（功能科目 2 开头 3/5/7 位，经济科目 30x/31x/399、50x/51x/59x 开头 3/5 位）',
  'name-missing': '缺少科目名称',
  'system-unknown': '科目体系无法识别',
  'system-mismatch': '所填科目体系与编码不符',
  duplicate: '科目编码重复且名称不同，已保留先出现的一行',
};

export const messages: MessageTable = {
  'code-format': (p) => `${where(p)}科目编码 ${p.code} ${(FORMAT_REASON[String(p.reason)] ?? (() => '格式不正确'))(p)}`,
  'code-detail-level': (p) =>
    `${where(p)}科目 ${p.code} 是末级科目，但只到${LEVEL[Number(p.level)] ?? ''}级；${system(p)}须细化到${LEVEL[Number(p.requiredLevel)] ?? ''}级（${p.requiredDigits} 位编码）`,
  'code-parent-missing': (p) => `${where(p)}科目 ${p.code} 的上级科目 ${p.parent} 未在本表列出`,
  'code-parent-order': (p) => `${where(p)}科目 ${p.code} 排在其上级科目 ${p.parent}（${p.parentAddress}）之前，上级科目应列在下级之前`,
  'code-unknown': (p) => `${where(p)}科目编码 ${p.code}（${p.name}）不在${system(p)}科目目录中`,
  'code-not-verified': (p) => `科目编码 ${p.code} 未能与科目目录核对（内置目录不完整），请加载官方科目表`,
  'code-name-mismatch': (p) =>
    p.formerName
      ? `${where(p)}科目 ${p.code} 的名称“${p.name}”是旧名称，现行科目目录名称为“${p.catalogName}”`
      : `${where(p)}科目 ${p.code} 的名称“${p.name}”与${p.catalog === 'builtin' ? '内置（非官方）' : ''}科目目录名称“${p.catalogName}”不一致`,
  'code-name-inconsistent': (p) => `${where(p)}科目 ${p.code} 的名称“${p.name}”与 ${p.otherAddress} 的“${p.otherName}”不一致`,
  'catalog-row-invalid': (p) => `科目表第 ${p.row} 行${p.code ? `（${p.code}）` : ''}有误：${CATALOG_ROW_REASON[String(p.reason)] ?? String(p.reason)}，该行未使用`,
  'catalog-header-missing': (p) => `科目表“${p.sheet}”前 ${p.scannedRows} 行中未找到科目编码列和科目名称列，未读取`,
};
