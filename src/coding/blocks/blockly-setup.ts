/**
 * Blockly, set up for the lab: our block definitions registered once, Blockly's own messages and
 * our block labels in the chosen language. Works headless too (Node tests load it without a DOM).
 */
import * as Blockly from 'blockly';
import * as BlocklyEn from 'blockly/msg/en';
import * as BlocklyZhHans from 'blockly/msg/zh-hans';
import { labBlocks, LAB_HUE, turtleBlocks } from './definitions';

export type CodingLocale = 'zh-CN' | 'en';

export interface ExperimentChoice {
  id: string;
  label: string;
}

let experimentChoices: () => ExperimentChoice[] = () => [];
let registered = false;

/** Register our blocks (once). `experiments` lists the simulations the "use experiment" block offers. */
export function registerBlocks(experiments: () => ExperimentChoice[]): void {
  experimentChoices = experiments;
  if (registered) return;
  registered = true;
  Blockly.common.defineBlocksWithJsonArray([...turtleBlocks, ...labBlocks]);
  Blockly.Blocks['lab_use'] = {
    init(this: Blockly.Block) {
      const options = (): [string, string][] => {
        const list = experimentChoices().map((e): [string, string] => [e.label, e.id]);
        return list.length ? list : [['—', 'none']];
      };
      this.appendDummyInput()
        .appendField(Blockly.Msg['CODING_LAB_USE'] ?? 'use experiment')
        .appendField(new Blockly.FieldDropdown(options), 'EXPERIMENT');
      this.setPreviousStatement(true);
      this.setNextStatement(true);
      this.setColour(LAB_HUE);
      this.setTooltip(() => Blockly.Msg['CODING_LAB_USE_TIP'] ?? '');
    },
  };
}

/**
 * `coding.block.TURTLE_MOVE` in the catalogue becomes Blockly.Msg.CODING_TURTLE_MOVE; `coding.blockly.ZOOM_IN`
 * replaces Blockly's own ZOOM_IN (its zh-hans file leaves ~70 messages in English: zoom buttons, the
 * workspace's name, what screen readers are told).
 */
export function blockMessageName(i18nKey: string): string | null {
  if (i18nKey.startsWith('coding.block.')) return 'CODING_' + i18nKey.slice('coding.block.'.length);
  if (i18nKey.startsWith('coding.blockly.')) return i18nKey.slice('coding.blockly.'.length);
  return null;
}

/** Blockly's own messages (zh-hans or en) plus our block labels from the app's catalogue. */
export function setBlocklyLanguage(locale: CodingLocale, catalogue: Record<string, string>): void {
  const base = (locale === 'zh-CN' ? BlocklyZhHans : BlocklyEn) as unknown as Record<string, string>;
  const msgs: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (typeof v === 'string') msgs[k] = v;
  for (const [k, v] of Object.entries(catalogue)) {
    const name = blockMessageName(k);
    if (name) msgs[name] = v;
  }
  Blockly.setLocale(msgs);
}
