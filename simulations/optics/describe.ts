/**
 * The optics bench in words, for screen readers and the description panel: what is on the table and where
 * (holders by their scale reading on the rail), what each screen shows, what each eye sees, where the
 * demonstrator's rays meet its scale, and what the bench says (a virtual image, fringes washed out). Words a
 * student would use ("a sharp image, upside down, smaller"): the numbers a student measures stay on the
 * instruments.
 */
import type { ViewI18n } from '../view';
import type { BenchModel } from '../bench/bench-model';
import { mountOf } from '../bench/mounting';
import type { Setup, SetupPart } from '../bench/setup';
import type { OpticsBenchEngine } from './bench-engine';
import { opticsParts } from './parts';
import { screenWords } from './screen-image';

const k = (s: string) => `optics.describe.${s}`;

export function partName(p: SetupPart, i18n: ViewI18n): string {
  return `${i18n.t(opticsParts.get(p.kind).labelKey)} ${p.id}`;
}

/** A few words on a part's state, or '' (mystery values are not in a student's copy of `p.props`). */
export function partState(p: SetupPart, i18n: ViewI18n): string {
  const t = i18n.t;
  const cm = (m: unknown) => (typeof m === 'number' ? `${i18n.number(m * 100, 3)} cm` : '?');
  switch (p.kind) {
    case 'candle':
      return t(p.props.lit === true ? k('lit') : k('unlit'));
    case 'laser':
    case 'ray-box':
    case 'lamp':
    case 'led-f':
      return t(p.props.on === true ? k('on') : k('off'));
    case 'convex-lens':
    case 'concave-lens':
    case 'concave-mirror':
    case 'convex-mirror':
      return t(k('focal'), { f: cm(p.props.focalLengthM) });
    case 'reflection-disc':
      return p.props.folded === true ? t(k('folded')) : '';
    default:
      return '';
  }
}

export function describeOptics(setup: Setup, model: BenchModel, i18n: ViewI18n, audience: 'student' | 'teacher'): string {
  const t = i18n.t;
  const engine = model.engine as OpticsBenchEngine;
  const parts = setup.parts.filter((p) => audience === 'teacher' || !p.hidden);
  if (!parts.length) return t(k('empty'));
  const shown = new Set(parts.map((p) => p.id));
  const sentences: string[] = [];
  const list = parts.map((p) => {
    const state = partState(p, i18n);
    const mount = mountOf(setup, model.catalog, p);
    const where = mount ? t(k('onRail'), { rail: mount.trackPart, cm: i18n.number(mount.alongM * 100, 4) }) : '';
    return [partName(p, i18n), state && `(${state})`, where].filter(Boolean).join(' ');
  });
  sentences.push(t(k('onTable'), { list: list.join('; ') }));
  for (const p of parts) {
    if (p.kind === 'screen') sentences.push(screenSentence(p, engine, i18n));
    if (p.kind === 'eye') {
      const seen = engine.eyeView(p.id).filter((o) => shown.has(o.partId));
      if (!seen.length) sentences.push(t(k('eyeNothing'), { part: p.id }));
      else {
        const items = seen.map((o) =>
          t(o.reflections % 2 === 1 ? k('seenReflected') : o.reflections === 0 && Math.abs(o.intensity - 1) < 0.1 ? k('seenDirect') : k('seenThrough'), {
            part: o.partId,
            orientation: t(o.upright > 0 ? 'optics.view.upright' : 'optics.view.inverted'),
            side: t(o.angleRad >= 0 ? 'optics.view.right' : 'optics.view.left'),
          }),
        );
        sentences.push(t(k('eyeSees'), { part: p.id, list: items.join('; ') }));
      }
    }
    if (p.kind === 'reflection-disc') {
      const d = engine.disc(p.id);
      if (d) {
        const side = (deg: number) => t(deg < 0 ? 'optics.view.left' : 'optics.view.right');
        sentences.push(t(k('discLaser'), { part: p.id, side: side(d.incidentDeg), reflected: d.onCard ? t(k('discReflected'), { side: side(d.reflectedDeg) }) : t(k('discNotOnCard')) }));
      }
    }
  }
  for (const d of model.diagnostics()) {
    if (d.parts.some((id) => !shown.has(id))) continue;
    sentences.push(t(d.key, { ...d.vars }));
  }
  return sentences.join('. ') + '.';
}

function screenSentence(screen: SetupPart, engine: OpticsBenchEngine, i18n: ViewI18n): string {
  const w = screenWords(screen.id, engine.screenPicture(screen.id), engine.value(screen.id, 'blurMm'));
  const vars = { ...w.vars };
  if (vars.orientation) vars.orientation = i18n.t(`optics.view.${vars.orientation}`);
  if (vars.size) vars.size = i18n.t(`optics.view.${vars.size}`);
  return i18n.t(w.key, vars);
}
