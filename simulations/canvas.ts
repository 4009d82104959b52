/**
 * Drawing helpers shared by the experiments' canvas views (view side only: models never import this).
 */

/** Size the canvas for the screen's pixel ratio, reset the transform to CSS pixels, clear it. */
export function prepareCanvas(canvas: HTMLCanvasElement, widthPx: number, heightPx: number): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(widthPx * dpr), h = Math.round(heightPx * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, widthPx, heightPx);
  return ctx;
}

/** A force or velocity arrow from (x, y) by (dx, dy) pixels, with an optional label past its head. */
export function drawArrow(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  dx: number,
  dy: number,
  color: string,
  opts: { lineWidth?: number; maxHead?: number; label?: string } = {},
): void {
  const len = Math.hypot(dx, dy);
  if (len < 2) return;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = opts.lineWidth ?? 2.5;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + dx, y + dy);
  ctx.stroke();
  const ux = dx / len, uy = dy / len, head = Math.min(opts.maxHead ?? 10, len / 2);
  ctx.beginPath();
  ctx.moveTo(x + dx, y + dy);
  ctx.lineTo(x + dx - head * ux - (head / 2) * uy, y + dy - head * uy + (head / 2) * ux);
  ctx.lineTo(x + dx - head * ux + (head / 2) * uy, y + dy - head * uy - (head / 2) * ux);
  ctx.closePath();
  ctx.fill();
  ctx.lineWidth = 1;
  if (opts.label) {
    ctx.font = 'bold 13px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.fillText(opts.label, x + dx + 14 * ux, y + dy + 14 * uy + 4);
  }
}
