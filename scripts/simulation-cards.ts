/** `npm run cards`: writes simulations/cards.json, the Labs page's light index of the registry (simulations/cards.ts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cardOf } from '../simulations/cards';
import { simulations } from '../simulations/registry';

const out = resolve(import.meta.dirname, '../simulations/cards.json');
writeFileSync(out, JSON.stringify(simulations.map((s) => cardOf(s.meta)), null, 1) + '\n');
console.log(`${simulations.length} cards written to simulations/cards.json`);
