// What a targets check sees and returns: checks run on the parsed model, not on tables.
import type { Finding } from '../../findings';
import type { CellRef } from '../../workbook';
import type { ProjectTargets } from '../model';
import type { Profile } from '../taxonomy';

export interface TargetsCheckContext {
  projects: ProjectTargets[];
  profile: Profile;
  /** 项目支出 of 表1 (or 表3's 合计 row), in 分, when the workbook has it. */
  projectSpendingFen?: number;
  projectSpendingCell?: CellRef;
}

export interface TargetsCheck {
  /** Kebab-case, equal to the file name. */
  id: string;
  /** One line in zh-CN: the check in plain words. */
  description: string;
  run(ctx: TargetsCheckContext): Finding[];
}
