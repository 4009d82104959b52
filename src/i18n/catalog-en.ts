// Every English namespace file, merged into one chunk loaded only when English is in use.
import type { Messages } from './locale';

const files = import.meta.glob<Messages>('./en/*.json', { eager: true, import: 'default' });
export default Object.assign({}, ...Object.values(files)) as Messages;
