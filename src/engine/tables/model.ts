// The table model: what the reader makes of a sheet, and what every rule reads.
import type { CellRef } from '../workbook';
import type { Unit } from '../money';
import type { AmountGrid } from './amounts';

/** The tables of a disclosure, by meaning, never by number (Shanghai numbers them differently). */
export const TABLE_KINDS = [
  'summary', // 表1 部门收支总表
  'income', // 表2 部门收入总表
  'expenditure', // 表3 部门支出总表
  'fiscal', // 表4 财政拨款收支总表
  'general', // 表5 一般公共预算支出表
  'basic', // 表6 一般公共预算基本支出表
  'threePublic', // 表7 一般公共预算“三公”经费支出表
  'fund', // 表8 政府性基金预算支出表
  'stateCapital', // 表9 国有资本经营预算支出表 (optional)
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** The eight tables every disclosure must have. */
export const REQUIRED_TABLES: readonly TableKind[] = TABLE_KINDS.filter((k) => k !== 'stateCapital');

/** The standard number of each table, for paths and messages ("表5"). */
export const TABLE_NUMBER: Record<TableKind, string> = {
  summary: '表1',
  income: '表2',
  expenditure: '表3',
  fiscal: '表4',
  general: '表5',
  basic: '表6',
  threePublic: '表7',
  fund: '表8',
  stateCapital: '表9',
};

/** The standard titles (zh-CN), for params and messages. */
export const TABLE_TITLES: Record<TableKind, string> = {
  summary: '部门收支总表',
  income: '部门收入总表',
  expenditure: '部门支出总表',
  fiscal: '财政拨款收支总表',
  general: '一般公共预算支出表',
  basic: '一般公共预算基本支出表',
  threePublic: '一般公共预算“三公”经费支出表',
  fund: '政府性基金预算支出表',
  stateCapital: '国有资本经营预算支出表',
};

/** How rows are identified: code tables list classification codes, item tables list labelled items. */
export const TABLE_SHAPE: Record<TableKind, 'codes' | 'items'> = {
  summary: 'items',
  income: 'codes',
  expenditure: 'codes',
  fiscal: 'items',
  general: 'codes',
  basic: 'codes',
  threePublic: 'items',
  fund: 'codes',
  stateCapital: 'codes',
};

export type CodeSystem = 'function' | 'economicDept' | 'economicGov';

/**
 * Value columns of the code tables, by meaning. Spending columns (表3/5/8) and income-source
 * columns (表2) share one vocabulary so cross-table rules can name them.
 */
export const COLUMN_KEYS = [
  'total', // 合计
  'basic', // 基本（保障）支出 小计
  'personnel', // 人员经费（支出）
  'publicStd', // （标准）公用经费（支出）
  'project', // 项目支出 小计
  'projectRegular', // 经常性项目
  'projectOneOff', // 当年一次性项目
  'projectMultiYear', // 跨年一次性项目
  'contingency', // 项目支出不可预见费
  'operating', // 事业单位经营支出
  'subsidiary', // 对附属单位补助支出
  'remitUpper', // 上缴上级支出
  // 表2 income sources
  'generalGrant', // 一般公共预算拨款
  'fundGrant', // 政府性基金拨款
  'socialGrant', // 社保基金拨款
  'capitalGrant', // 国有资本经营预算拨款
  'specialNonTax', // 纳入专户管理的非税收入
  'businessIncome', // 事业收入
  'operatingIncome', // 事业单位经营收入
  'subsidiaryIncome', // 附属单位上缴收入
  'transferIncome', // 往来收入
  'otherIncome', // 其他收入
  'borrowing', // 融资借款
  'carryover', // 上年结转
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * A value cell. A blank cell means 0 and is marked blank.
 *
 * Code tables keep their cells in an AmountGrid (tables/amounts.ts) and make Amounts when asked
 * (row.values); item tables keep theirs. The cell is kept flat (sheet, row, col) and `cell` makes
 * the CellRef on demand, for the few amounts a finding points at.
 */
export class Amount {
  constructor(
    /** Integer 分 (hundredths of a 元), whatever the table's unit. */
    readonly fen: number,
    readonly blank: boolean,
    readonly sheet: string,
    /** 0-based sheet row of the cell. */
    readonly row: number,
    /** 0-based sheet column of the cell. */
    readonly col: number,
  ) {}

  /** A fresh CellRef each call, so a finding may keep it without sharing. */
  get cell(): CellRef {
    return { sheet: this.sheet, row: this.row, col: this.col };
  }
}

export type RowKind =
  | 'total' // 合计 / 总计
  | 'unit' // 单位编码 rows: the department (209) and its units (209001)
  | 'code' // a classification code row
  | 'other'; // a named row without a code the reader could place

export interface CodeRow {
  kind: RowKind;
  /** The code as written, digits only ("2150517"); for unit rows the 单位编码. */
  code?: string;
  name: string;
  /** 1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7), for code rows. */
  level?: 1 | 2 | 3;
  /** 0-based sheet row. */
  row: number;
  /** Position in its table's rows, and so in the table's AmountGrid. */
  index: number;
  codeCell?: CellRef;
  nameCell: CellRef;
  /** The row's value cells by column, made from the table's AmountGrid on each read. */
  readonly values: Partial<Record<ColumnKey, Amount>>;
  /**
   * The 单位编码 of the unit block this row sits in (the nearest unit row above it), when the table
   * lists codes per unit (合计; 209 部门; 209001 单位A; its codes…; 209002 单位B; its codes…).
   * Parent/child sums hold within a block; undefined when the table has no unit rows.
   */
  unit?: string;
}

export interface Column {
  key: ColumnKey;
  /** The header text as read, joined across header rows ("基本保障支出/小计"). */
  header: string;
  col: number;
}

/**
 * Items of 表1, 表4 and 表7, keyed by a dotted path whose prefix is the parent item:
 * "in.general.local" is a sub-item of "in.general". See tables/items.ts for the vocabulary.
 */
export interface Item {
  key?: string;
  label: string;
  block: 'income' | 'expense' | 'single';
  labelCell: CellRef;
  amount?: Amount;
}

export interface Note {
  text: string;
  cell: CellRef;
}

export interface Table {
  kind: TableKind;
  sheet: string;
  title: string;
  titleCell?: CellRef;
  unit: Unit;
  /** Where the unit was read; absent when the sheet gave none and 万元 was assumed. */
  unitCell?: CellRef;
  /** The code system of the rows (code tables). */
  codeSystem?: CodeSystem;
  columns: Column[];
  rows: CodeRow[];
  /** The code rows' value cells, column by column (empty for item tables). */
  amounts: AmountGrid;
  items: Item[];
  /** 注/备注/说明 lines under or above the table. */
  notes: Note[];
  /** First and last header row (0-based), when headers were found. */
  headerRows?: [number, number];
}

export type Tables = Partial<Record<TableKind, Table>>;

/** Printed precision of a table in 分: 0.01 of its unit. */
export function tableStep(t: Table): number {
  return t.unit === '元' ? 1 : 10_000;
}
