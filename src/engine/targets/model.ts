// The performance targets of a project (项目支出绩效目标) as the parsers read them and the writer prints them.
import { z } from 'zod';

export const cellRefSchema = z.object({ sheet: z.string(), row: z.number().int().nonnegative(), col: z.number().int().nonnegative() });

/** Comparison operators as the 财政部 form prints them (full-width ＝ ＞ ＜, as in the template). */
export const OPERATORS = ['≥', '≤', '＝', '＞', '＜'] as const;
export const operatorSchema = z.enum(OPERATORS);
export type Operator = z.infer<typeof operatorSchema>;

export const natureSchema = z.enum(['定量', '定性']);
export type Nature = z.infer<typeof natureSchema>;

/** Decimal text such as "15", "2500", "0.5" — exact, never a float. */
const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

export const indicatorSchema = z.object({
  /** Canonical 一级 name: 产出指标 | 成本指标 | 效益指标 | 满意度指标, or the text as written when unknown. */
  level1: z.string(),
  /** Canonical 二级 name without the 指标 suffix (数量, 经济效益, 服务对象满意度…), or as written when unknown. */
  level2: z.string(),
  /** 三级指标 / 指标名称. */
  level3: z.string(),
  nature: natureSchema,
  /** For 定量 values; null when the value gave none (checks report it). */
  operator: operatorSchema.nullable(),
  /** True when the value was a bare number and ＝ was read into it ("100%" → ＝ 100 %). */
  operatorImplied: z.boolean().default(false),
  value: decimalText.nullable(),
  /** Normalised unit: %, 万元, 元, 家, 个, 平方米… ("万" is read as 万元). */
  unit: z.string().nullable(),
  /** The 定性 value ("合规", "连续覆盖"). */
  text: z.string().nullable(),
  /** The 指标值 exactly as written. */
  raw: z.string(),
  /** Where the indicator was read: the name cell, the value cell; more when rows were rejoined. */
  cells: z.object({ level1: cellRefSchema.optional(), level2: cellRefSchema.optional(), level3: cellRefSchema, value: cellRefSchema.optional() }),
  /** Cells of a row the PDF split that were joined into this indicator. */
  joinedFrom: z.array(cellRefSchema).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** Money as integer 分 (hundredths of a 元), as everywhere in the engine. */
const fen = z.number().int();

export const fundsSchema = z.object({
  /** 年度资金总额. */
  total: fen.optional(),
  /** 其中：财政拨款 — 本级 appropriations and 上级补助 alike (both are 一般公共预算拨款 in 表1). */
  fiscal: fen.optional(),
  /** The part of `fiscal` stated as 上级补助(拨款): kept apart so the sheet and messages can say so. */
  fiscalUpper: fen.optional(),
  /** 上年结转. */
  carryover: fen.optional(),
  /** 其他资金. */
  other: fen.optional(),
  /** The text the funds were read from (the budget sentence), when they came from prose. */
  sentence: z.string().optional(),
  cells: z.object({
    total: cellRefSchema.optional(),
    fiscal: cellRefSchema.optional(),
    carryover: cellRefSchema.optional(),
    other: cellRefSchema.optional(),
  }),
});
export type Funds = z.infer<typeof fundsSchema>;

export const projectTargetsSchema = z.object({
  /** The project's name without its ordinal: "咸宁市市级制造业高质量发展专项资金项目". */
  name: z.string(),
  /** The ordinal as written ("(一)"), when there was one. */
  ordinal: z.string().optional(),
  /** The budget year, where the sheet states it ("项目绩效目标表 (2022 年度目标)"). */
  year: z.number().int().optional(),
  department: z.string().optional(),
  implementer: z.string().optional(),
  funds: fundsSchema,
  /** 年度目标. */
  goal: z.string(),
  indicators: z.array(indicatorSchema),
  cells: z.object({ name: cellRefSchema, goal: cellRefSchema.optional(), header: cellRefSchema.optional() }),
  /** Which layout the project was read from. */
  layout: z.enum(['raw', 'flat', 'standard']),
});
export type ProjectTargets = z.infer<typeof projectTargetsSchema>;

/** The content of a project without where it was read from: what a round trip must preserve. */
export function projectContent(p: ProjectTargets) {
  return {
    name: p.name,
    year: p.year,
    department: p.department,
    implementer: p.implementer,
    funds: { total: p.funds.total, fiscal: p.funds.fiscal, carryover: p.funds.carryover, other: p.funds.other },
    goal: p.goal,
    indicators: p.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      nature: i.nature,
      operator: i.operator,
      value: i.value,
      unit: i.unit,
      text: i.text,
    })),
  };
}
