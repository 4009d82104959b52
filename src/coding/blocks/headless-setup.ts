/** Blockly with our blocks and English labels, for Node tests. */
import en from '../../i18n/en/coding.json';
import { registerBlocks, setBlocklyLanguage } from './blockly-setup';

export function setUpBlocklyForTests(): void {
  registerBlocks(() => [
    { id: 'projectile', label: 'Projectile' },
    { id: 'pendulum', label: 'Pendulum' },
  ]);
  setBlocklyLanguage('en', en);
}
