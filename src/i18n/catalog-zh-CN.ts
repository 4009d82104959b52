// Every Simplified Chinese namespace file, merged into one chunk loaded only when zh-CN is in use.
import type { Messages } from './locale';

const files = import.meta.glob<Messages>('./zh-CN/*.json', { eager: true, import: 'default' });
export default Object.assign({}, ...Object.values(files)) as Messages;
