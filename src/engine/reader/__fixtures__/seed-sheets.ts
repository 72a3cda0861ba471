// Seed-like sheets for the reader's tests, typed in from the printed tables of the seed document
// (part 3), with the headers laid out the way the standard Hubei templates print them.
import type { CellValue, Merge, SheetSnapshot } from '../../workbook';

/** Tab-separated lines → rows; from column `numbersFrom` on, numeric text becomes a number cell. */
export function grid(tsv: string, numbersFrom = 2): CellValue[][] {
  return tsv
    .replace(/^\n/, '')
    .split('\n')
    .map((line) =>
      line === '' ? [] : line.split('\t').map((t, c) => (t === '' ? null : c >= numbersFrom && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t)),
    );
}

export function sheet(name: string, values: CellValue[][], merges: Merge[] = []): SheetSnapshot {
  return { name, values, merges };
}

export const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });

/** 表5 as the brief describes the Hubei layout: merged title, unit at the right, 2 header rows, * row. */
export function seedTable5(name = '表5'): SheetSnapshot {
  const values = grid(`
一般公共预算支出表（按功能科目到项级）
										单位：万元
单位编码	单位名称（科目）	合计	基本保障支出			项目支出	项目支出不可预见费	事业单位经营支出	对附属单位补助支出	上缴上级支出
			小计	人员经费支出	标准公用经费支出
*	*	1	2	3	4	5	6	7	8	9
	合计	4263.90	1129.40	934.98	194.41	3134.50
209	咸宁市经济和信息化局	4263.90	1129.40	934.98	194.41	3134.50
209001	咸宁市经济和信息化局本级	4263.90	1129.40	934.98	194.41	3134.50
208	社会保障和就业支出	338.49	338.49	338.49
20805	行政事业单位养老支出	73.39	73.39	73.39
2080505	机关事业单位基本养老保险缴费支出	48.92	48.92	48.92
2080506	机关事业单位职业年金缴费支出	24.46	24.46	24.46
20810	社会福利	32.43	32.43	32.43
2081099	其他社会福利支出	32.43	32.43	32.43
20899	其他社会保障和就业支出	232.68	232.68	232.68
2089999	其他社会保障和就业支出	232.68	232.68	232.68
210	卫生健康支出	33.15	33.15	33.15
21011	行政事业单位医疗	33.15	33.15	33.15
2101101	行政单位医疗	27.52	27.52	27.52
2101103	公务员医疗补助	5.63	5.63	5.63
215	资源勘探工业信息等支出	3818.84	684.34	489.93	194.41	3134.50
21505	工业和信息产业监管	3818.84	684.34	489.93	194.41	3134.50

2150501	行政运行	684.34	684.34	489.93	194.41
2150502	一般行政管理事务	56.50				56.50
2150517	产业发展	3078.00				3078.00
221	住房保障支出	73.41	73.41	73.41
22102	住房改革支出	73.41	73.41	73.41
2210201	住房公积金	59.65	59.65	59.65
2210202	提租补贴	13.76	13.76	13.76`);
  // Title over A1:K1; 基本保障支出 over D3:F3; the other headers merged down rows 3–4.
  const merges = [m(0, 0, 0, 10), m(2, 3, 2, 5), ...[0, 1, 2, 6, 7, 8, 9, 10].map((c) => m(2, c, 3, c))];
  return sheet(name, values, merges);
}

/** 表1 as printed: two blocks side by side, a 收入 | 支出 row over 项目 | 预算数 pairs, a 备注 line. */
export function seedTable1(name = '表1'): SheetSnapshot {
  const values = grid(`
表 1：部门收支总表
部门收支预算总表
			单位：万元
收入		支出
项目	预算数	项目（按经济分类）	预算数
一、一般公共预算拨款	5353.90	一、基本保障支出	1912.46
本级一般公共预算拨款	5353.90	人员经费支出	1718.05
经费拨款（补助）	5353.90	标准公用经费支出	194.41
纳入预算管理的非税		二、项目支出	4224.50
上级补助		经常性项目	4224.50
一般债券		当年一次性项目
二、政府性基金拨款		跨年一次性项目
本级基金		三、项目支出不可预见费
上级基金		四、事业单位经营支出
专项债券		五、对附属单位补助支出
三、社保基金拨款	783.06	六、上缴上级支出
四、国有资本经营预算拨款
五、纳入专户管理的非税收入
六、事业收入
七、事业单位经营收入
八、附属单位上缴收入
九、往来收入
十、其他收入
十一、融资借款
收入总计：	6136.96	支出总计	6136.96
备注：本表收支包含社保基金发放退休人员的退休金`, 1);
  return sheet(name, values, [m(1, 0, 1, 3), m(3, 0, 3, 1), m(3, 2, 3, 3)]);
}

/** 表4 as printed (基本支出 / 人员支出 wording, 本年收入合计 lines). */
export function seedTable4(name = '表4'): SheetSnapshot {
  const values = grid(`
表 4：财政拨款收支总表
财政拨款收支总表
			单位：万元
收入		支出
项目	预算数	项目（按经济分类）	预算数
一、一般公共预算拨款	5353.90	一、基本支出	1129.40
本级一般公共预算拨款	5353.90	人员支出	934.98
上级补助		标准公用经费支出	194.41
二、政府性基金拨款		二、项目支出	4224.50
本级基金		三、项目支出不可预见费
上级基金		四、事业单位经营支出
		五、对附属单位补助支出
		六、上缴上级支出
本年收入合计：	5353.90	本年支出合计：	5353.90
收入总计：	5353.90	支出总计	5353.90`, 1);
  return sheet(name, values, [m(3, 0, 3, 1), m(3, 2, 3, 3)]);
}

/** 表3 as the seed has it: the PDF lost the title, unit and header rows; only data rows are left. */
export function seedTable3Headerless(name = '表3'): SheetSnapshot {
  return sheet(name, grid(`
215	资源勘探工业信息等支出	5691.90	1467.40	1272.99	194.41	4224.50	4224.50						
21505	工业和信息产业监管	5691.90	1467.40	1272.99	194.41	4224.50	4224.50						
2150501	行政运行	1467.40	1467.40	1272.99	194.41								
2150502	一般行政管理事务	56.50				56.50	56.50						
2150517	产业发展	4168.00				4168.00	4168.00						
221	住房保障支出	73.41	73.41	73.41									
22102	住房改革支出	73.41	73.41	73.41									
2210201	住房公积金	59.65	59.65	59.65									
2210202	提租补贴	13.76	13.76	13.76									`));
}

/** 表6 with a single 合计 column. */
export function seedTable6(name = '表6'): SheetSnapshot {
  return sheet(name, grid(`
表 6：一般公共预算基本支出表
一般公共预算基本支出表（按经济科目到款级）
		单位：万元
单位编码	单位名称（科目）	合计
*	*	1
	合计	1129.40
209	咸宁市经济和信息化局	1129.40
209001	咸宁市经济和信息化局本级	1129.40
301	工资福利支出	636.68
30101	基本工资	153.78
302	商品和服务支出	189.41
30217	公务接待费	1.50
303	对个人和家庭的补助	298.30
30301	离休费	33.19
310	资本性支出	5.00
31002	办公设备购置	5.00`));
}

/** 表7 as printed: one block, 项目 | 预算数. */
export function seedTable7(name = '表7'): SheetSnapshot {
  return sheet(name, grid(`
表 7：一般公共预算“三公”经费支出表
一般公共预算“三公”经费支出表
	单位：万元
项目	预算数
合计	8.20
1. 因公出国（境）费用
2. 公务接待费	4.20
3. 公车购置及运行维护费	4.00
其中：公务用车运行维护费	4.00
公务用车购置`, 1));
}

/** 表8 with its two unit rows of zeros and the note that there is no fund budget. */
export function seedTable8(name = '表8'): SheetSnapshot {
  const values = grid(`
表 8：政府性基金预算支出表
政府性基金预算支出表（按功能科目到项级）
										单位：万元
单位编码	单位名称（科目）	合计	基本保障支出			项目支出	项目支出不可预见费	事业单位经营支出	对附属单位补助支出	上缴上级支出
			小计	人员经费支出	标准公用经费支出
*	*	1	2	3	4	5	6	7	8	9
209	咸宁市经济和信息化局	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00
209001	咸宁市经济和信息化局本级	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00	0.00
注：2022 年咸宁市经信局无相关政府性基金预算`);
  return sheet(name, values, [m(3, 3, 3, 5), ...[0, 1, 2, 6, 7, 8, 9, 10].map((c) => m(3, c, 4, c))]);
}
