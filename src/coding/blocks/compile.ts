/** Blockly JSON → runnable program, without a page: a headless workspace and our generator. */
import * as Blockly from 'blockly';
import type { ProgramSource } from '../runtime/interpreter';
import { ProgramGenerator } from './generators';

let generator: ProgramGenerator | null = null;

export function programGenerator(): ProgramGenerator {
  generator ??= new ProgramGenerator();
  return generator;
}

export function programFromState(state: object): ProgramSource {
  const ws = new Blockly.Workspace();
  try {
    Blockly.serialization.workspaces.load(state, ws);
    return programGenerator().program(ws);
  } finally {
    ws.dispose();
  }
}
