// Reading problems: how the workbook was read, and where the reader had to guess.
import type { MessageParams, MessageTable } from '../types';

const COLUMNS: Record<string, string> = {
  total: '合计', basic: '基本支出', personnel: '人员经费', publicStd: '公用经费', project: '项目支出',
  projectRegular: '经常性项目', projectOneOff: '当年一次性项目', projectMultiYear: '跨年一次性项目',
  contingency: '项目支出不可预见费', operating: '事业单位经营支出', subsidiary: '对附属单位补助支出', remitUpper: '上缴上级支出',
  generalGrant: '一般公共预算拨款', fundGrant: '政府性基金拨款', socialGrant: '社保基金拨款', capitalGrant: '国有资本经营预算拨款',
  specialNonTax: '纳入专户管理的非税收入', businessIncome: '事业收入', operatingIncome: '事业单位经营收入',
  subsidiaryIncome: '附属单位上缴收入', transferIncome: '往来收入', otherIncome: '其他收入', borrowing: '融资借款', carryover: '上年结转',
};
const where = (p: MessageParams) => p.tableLabel ?? '';
const list = (v: unknown) => (Array.isArray(v) ? v.map((k) => COLUMNS[String(k)] ?? String(k)).join('、') : '');

export const messages: MessageTable = {
  'snapshot-invalid': (p) => `工作簿内容无法读取：${p.detail ?? ''}`,
  'sheet-unreadable': (p) => `${where(p)}所在工作表无法读取，已跳过：${p.detail ?? ''}`,
  'table-duplicate': (p) => `工作表「${p.sheet}」也是${where(p)}，已按先出现的「${p.kept}」读取，本表未检查`,
  'unit-assumed': (p) => `${where(p)}未注明金额单位，按${p.unit ?? '万元'}读取`,
  'unit-unknown': (p) => `${where(p)}的金额单位“${p.text}”无法识别，按${p.unit ?? '万元'}读取`,
  'header-assumed': (p) => `${where(p)}没有可识别的表头，按标准格式的 ${p.count} 列读取（${list(p.columns)}），请核对列次`,
  'columns-not-found': (p) => `${where(p)}的金额列无法识别（表头 ${p.headers ?? 0} 行，数据 ${p.count ?? 0} 列），相关检查可能无法进行`,
  'column-unknown': (p) => `${where(p)}的列“${p.header}”无法识别，未读取`,
  'cell-error': (p) => `${where(p)}单元格为 Excel 错误值 ${p.error}，按空白读取`,
  'cell-not-number': (p) => `${where(p)}金额单元格内容“${p.text}”不是数字，按空白读取`,
  'item-unknown': (p) => `${where(p)}的项目“${p.label}”无法识别，未参与校验`,
};
