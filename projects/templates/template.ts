/**
 * A research project template: plain data in both languages (the server seeds projects from it, so it
 * lives here and not in src/i18n). `applyTemplate` writes it into an empty project document (a fresh Y.Doc).
 */
import type { RichBlock } from '../cells/text';
import type { ExperimentParams } from '../cells/experiment';
import type { AxisTransform, ChartStyle } from '../cells/chart';
import type { FitKind } from '../fit';
import type { Subject } from '../schema';

export const TEMPLATE_LOCALES = ['zh-CN', 'en'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

export type TemplateCell =
  | { text: RichBlock[] }
  | { experiment: { simulationId: string; params: ExperimentParams; caption: string } }
  /**
   * `ref` names the table so charts can point at it; rows are optional example values. A column's `key`
   * names the simulation parameter or measurement it is for (`lengthM`), so data sent from the lab
   * lands in it (projects/cells/lab-data.ts).
   */
  | { table: { ref: string; name: string; columns: { name: string; unit: string; key?: string }[]; rows?: (number | null)[][] } }
  | {
      chart: {
        title: string;
        table: string;
        /** Column indexes into the referenced table. */
        x: { column: number; transform?: AxisTransform };
        y: { column: number; transform?: AxisTransform };
        style?: ChartStyle;
        fit?: FitKind | 'none';
      };
    };

export interface TemplateText {
  title: string;
  question: string;
  /** One line for the "new project" picker. */
  summary: string;
  cells: TemplateCell[];
}

export interface ProjectTemplate {
  id: string;
  subject: Subject;
  /** Simulations the template's experiment cells open. */
  simulations: string[];
  text: Record<TemplateLocale, TemplateText>;
}

