/** Classic fourth-order Runge–Kutta for a first-order system y' = f(t, y). Allocation-light. */
export function rk4Step(f: (t: number, y: Float64Array, out: Float64Array) => void, t: number, y: Float64Array, h: number): void {
  const n = y.length;
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n), tmp = new Float64Array(n);
  f(t, y, k1);
  for (let i = 0; i < n; i++) tmp[i] = y[i] + (h / 2) * k1[i];
  f(t + h / 2, tmp, k2);
  for (let i = 0; i < n; i++) tmp[i] = y[i] + (h / 2) * k2[i];
  f(t + h / 2, tmp, k3);
  for (let i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
  f(t + h, tmp, k4);
  for (let i = 0; i < n; i++) y[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
}

/**
 * The same RK4 step with scratch buffers allocated once, for models stepped thousands of times a
 * second (the per-call allocations of `rk4Step` dominate for small systems).
 */
export function createRk4Stepper(
  n: number,
  f: (t: number, y: Float64Array, out: Float64Array) => void,
): (t: number, y: Float64Array, h: number) => void {
  const k1 = new Float64Array(n), k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n), tmp = new Float64Array(n);
  return (t, y, h) => {
    f(t, y, k1);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + (h / 2) * k1[i];
    f(t + h / 2, tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + (h / 2) * k2[i];
    f(t + h / 2, tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
    f(t + h, tmp, k4);
    for (let i = 0; i < n; i++) y[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  };
}
