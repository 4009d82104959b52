/**
 * The molecule drawn in 3D with three.js: the only module that imports three, loaded by the view (view.svelte)
 * with import() once the lab's controls are on screen, so three's ~140 KB (compressed) are not on the way to a
 * usable page (issue #22, item 3). Built in steps the view runs in tasks of their own (`start`: the WebGL
 * renderer; `show`: the meshes; `draw`: the first picture, which compiles the shaders), so no step is one long
 * task on an old PC. Rotate and zoom with mouse or touch (OrbitControls); the view handles the keyboard.
 */
import {
  AmbientLight,
  Color,
  CylinderGeometry,
  DirectionalLight,
  Group,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Raycaster,
  Scene,
  SphereGeometry,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Material,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { atomStyle } from './atoms';
import type { BuiltMolecule } from './geometry';

export class MoleculeScene {
  readonly canvas: HTMLCanvasElement;
  private renderer: WebGLRenderer;
  private scene = new Scene();
  private camera = new PerspectiveCamera(40, 1, 0.1, 200);
  private controls: OrbitControls;
  private group: Group | undefined;
  private atomMeshes: Mesh[] = [];
  private downAt = { x: 0, y: 0 };
  /** While show() places the camera: the controls' change event does not draw (the first draw is a step of its own). */
  private placing = false;
  private frame = 0;

  /** Draws on `canvas` with its WebGL 2 `context` (webgl2Context). `onPick(i)`: atom i was clicked (not dragged). */
  constructor(canvas: HTMLCanvasElement, context: WebGL2RenderingContext, private onPick: (atom: number) => void) {
    this.renderer = new WebGLRenderer({ canvas, context, antialias: true });
    this.renderer.setPixelRatio(window.devicePixelRatio || 1);
    this.renderer.setClearColor(0xf4f7fa);
    this.canvas = this.renderer.domElement;
    this.canvas.addEventListener('pointerdown', this.pointerDown);
    this.canvas.addEventListener('pointerup', this.pointerUp);
    this.scene.add(new AmbientLight(0xffffff, 0.6));
    const sun = new DirectionalLight(0xffffff, 1.6);
    sun.position.set(5, 8, 10);
    this.scene.add(sun);
    this.camera.position.set(0, 0, 10);
    this.controls = new OrbitControls(this.camera, this.canvas);
    this.controls.enableDamping = false;
    this.controls.addEventListener('change', () => {
      if (!this.placing) this.drawSoon();
    });
  }

  /** Builds the meshes of `mol` (centred at its atoms' mean), the camera looking along its thinnest direction. Does not draw. */
  show(mol: BuiltMolecule, style: string, showLonePairs: boolean, selected: number[]): void {
    this.clear();
    const group = new Group();
    this.group = group;
    this.atomMeshes = [];
    const space = style === 'space-filling';
    const n = mol.positions.length;
    const c = mol.positions.reduce((s, p) => [s[0] + p[0] / n, s[1] + p[1] / n, s[2] + p[2] / n], [0, 0, 0]);
    mol.positions.forEach((p, i) => {
      const st = atomStyle(mol.elements[i]);
      const r = space ? st.vdwRadiusA : Math.max(0.18, st.covalentRadiusA * 0.45);
      const mesh = new Mesh(new SphereGeometry(r, 32, 16), new MeshStandardMaterial({ color: st.color, roughness: 0.45 }));
      mesh.position.set(p[0] - c[0], p[1] - c[1], p[2] - c[2]);
      mesh.userData.atom = i;
      group.add(mesh);
      this.atomMeshes.push(mesh);
    });
    if (!space) {
      for (const b of mol.bonds) {
        const a = this.atomMeshes[b.a].position, z = this.atomMeshes[b.b].position;
        const len = a.distanceTo(z);
        const k = b.order >= 3 ? 3 : b.order >= 2 ? 2 : 1;
        const axis = new Vector3().subVectors(z, a).normalize();
        const side = new Vector3().crossVectors(axis, Math.abs(axis.z) < 0.9 ? new Vector3(0, 0, 1) : new Vector3(1, 0, 0)).normalize();
        for (let j = 0; j < k; j++) {
          const off = (j - (k - 1) / 2) * 0.16;
          const r = k > 1 ? 0.05 : 0.08;
          const cyl = new Mesh(new CylinderGeometry(r, r, len, 12), new MeshStandardMaterial({ color: b.order % 1 ? 0x8888aa : 0x9a9a9a }));
          cyl.position.copy(a).add(z).multiplyScalar(0.5).addScaledVector(side, off);
          cyl.quaternion.setFromUnitVectors(new Vector3(0, 1, 0), axis);
          group.add(cyl);
        }
      }
    }
    if (showLonePairs) {
      for (const lp of mol.lonePairs) {
        const atom = this.atomMeshes[lp.atom].position;
        const pos = new Vector3(lp.position[0] - c[0], lp.position[1] - c[1], lp.position[2] - c[2]);
        const lobe = new Mesh(new SphereGeometry(0.28, 16, 12), new MeshStandardMaterial({ color: 0xd9b3ff, transparent: true, opacity: 0.55 }));
        lobe.scale.set(0.7, 1.3, 0.7);
        lobe.position.copy(pos);
        lobe.quaternion.setFromUnitVectors(new Vector3(0, 1, 0), new Vector3().subVectors(pos, atom).normalize());
        group.add(lobe);
      }
    }
    this.scene.add(group);
    let radius = 1;
    for (const m of this.atomMeshes) radius = Math.max(radius, m.position.length() + 1.2);
    this.camera.position.copy(viewDirection(this.atomMeshes.map((m) => m.position))).multiplyScalar(radius / Math.tan((20 * Math.PI) / 180));
    this.controls.target.set(0, 0, 0);
    this.placing = true;
    this.controls.update();
    this.placing = false;
    this.highlight(selected);
  }

  /** Marks the selected atoms (blue glow). Does not draw. */
  highlight(selected: number[]): void {
    this.atomMeshes.forEach((m, i) => {
      (m.material as MeshStandardMaterial).emissive = new Color(selected.includes(i) ? 0x3366ff : 0x000000);
    });
  }

  resize(widthPx: number, heightPx: number): void {
    const size = this.renderer.getSize(new Vector2());
    if (size.x === widthPx && size.y === heightPx) return; // (setting a canvas's size reallocates it, even to the same size)
    this.renderer.setSize(widthPx, heightPx);
    this.camera.aspect = widthPx / heightPx;
    this.camera.updateProjectionMatrix();
  }

  /** The molecule turned about the vertical axis (auto-rotate), radians. */
  turnTo(yRad: number | null): void {
    if (!this.group) return;
    this.group.rotation.z = 0;
    if (yRad !== null) this.group.rotation.y = yRad;
  }

  /** A keyboard step: rotate by `dx`/`dy` radians about y/x, or zoom by `zoom` (distance × zoom). */
  nudge(dx: number, dy: number, zoom = 1): void {
    if (!this.group) return;
    this.group.rotation.y += dx;
    this.group.rotation.x += dy;
    this.camera.position.multiplyScalar(zoom);
  }

  /**
   * Compiles the shaders the meshes need without waiting for them (KHR_parallel_shader_compile where the browser has
   * it): resolves when a draw will not stall. Drawn straight away, the first picture's shader compile was a ~280 ms
   * task at 4× CPU.
   */
  async prepare(): Promise<void> {
    await this.renderer.compileAsync(this.scene, this.camera);
  }

  draw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.renderer.render(this.scene, this.camera);
  }

  /** Draws at the next frame, once however many changes ask for it before then. */
  drawSoon(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.clear();
    this.controls.dispose();
    this.renderer.dispose();
  }

  private clear(): void {
    if (!this.group) return;
    this.scene.remove(this.group);
    this.group.traverse((o) => {
      if (o instanceof Mesh) {
        o.geometry.dispose();
        (o.material as Material).dispose();
      }
    });
    this.group = undefined;
  }

  private pointerDown = (e: PointerEvent) => {
    this.downAt = { x: e.clientX, y: e.clientY };
  };

  private pointerUp = (e: PointerEvent) => {
    if (Math.hypot(e.clientX - this.downAt.x, e.clientY - this.downAt.y) > 5) return; // a drag, not a click
    const rect = this.canvas.getBoundingClientRect();
    const ndc = new Vector2(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
    const ray = new Raycaster();
    ray.setFromCamera(ndc, this.camera);
    const hit = ray.intersectObjects(this.atomMeshes)[0];
    if (hit) this.onPick(hit.object.userData.atom as number);
  };
}

/**
 * Look along the direction in which the atoms spread least (face-on for a planar molecule, so water shows
 * its bend rather than a line), tilted a little so that 3D shapes keep their depth.
 */
function viewDirection(points: Vector3[]): Vector3 {
  let best = new Vector3(0, 0, 1), bestSpread = Infinity;
  const n = 400;
  for (let i = 0; i < n; i++) {
    const z = 1 - (2 * (i + 0.5)) / n, r = Math.sqrt(1 - z * z), phi = i * Math.PI * (3 - Math.sqrt(5));
    const d = new Vector3(r * Math.cos(phi), r * Math.sin(phi), z);
    let spread = 0;
    for (const p of points) spread += p.dot(d) ** 2;
    if (spread < bestSpread - 1e-9) { bestSpread = spread; best = d; }
  }
  const tilt = new Vector3(1, 1, 0).cross(best).normalize();
  if (tilt.lengthSq() > 0) best.applyAxisAngle(tilt, (12 * Math.PI) / 180);
  return best.normalize();
}
