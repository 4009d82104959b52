/** What an `<input type="datetime-local">` holds for a moment in epoch ms: local time, to the minute (2026-03-01T14:05). */
export const localInput = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};
