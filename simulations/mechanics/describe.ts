/**
 * The mechanics bench in words, for screen readers and the description panel: what is on the table and what
 * holds it up (a pan, a vessel, a hook), and what each instrument shows as a student reads it: the balance's
 * pointer against the middle line, the gauge's pointer on its scale, the meniscus against the cylinder's marks,
 * the lever level or not, the manometer's limbs.
 */
import type { ViewI18n } from '../view';
import type { BenchModel } from '../bench/bench-model';
import type { Setup, SetupPart } from '../bench/setup';
import type { MechanicsBenchEngine } from './bench-engine';
import { mechanicsParts } from './parts';

const k = (s: string) => `mechanics.describe.${s}`;

export function partName(p: SetupPart, i18n: ViewI18n): string {
  return `${i18n.t(mechanicsParts.get(p.kind).labelKey)} ${p.id}`;
}

/** A few words on a part's state, or '' (mystery values are not in a student's copy of `p.props`). */
export function partState(p: SetupPart, i18n: ViewI18n): string {
  const t = i18n.t;
  const num = (v: unknown, unit: string) => (typeof v === 'number' ? `${i18n.number(v, 4)} ${unit}` : '?');
  switch (p.kind) {
    case 'weight':
    case 'hooked-weight':
    case 'wooden-block':
      return num(p.props.massG, 'g');
    case 'sample':
      return [typeof p.props.material === 'string' ? t(`mechanics.material.${p.props.material}`) : '?', typeof p.props.shape === 'string' ? t(`mechanics.shape.${p.props.shape}`) : ''].filter(Boolean).join(', ');
    case 'measuring-cylinder':
      return [typeof p.props.capacityMl === 'string' ? t(`mechanics.capacity.${p.props.capacityMl}`) : '', typeof p.props.liquid === 'string' ? t(`mechanics.liquid.${p.props.liquid}`) : '?', typeof p.props.eye === 'string' ? t(`mechanics.eye.${p.props.eye}`) : ''].filter(Boolean).join(', ');
    case 'beaker':
    case 'tank':
    case 'overflow-can':
      return typeof p.props.liquid === 'string' ? t(`mechanics.liquid.${p.props.liquid}`) : '?';
    case 'force-gauge':
      return [typeof p.props.range === 'string' ? t(`mechanics.range.${p.props.range}`) : '', p.props.pull !== 'none' && typeof p.props.pull === 'string' ? t(`mechanics.pull.${p.props.pull}`) : ''].filter(Boolean).join(', ');
    case 'probe':
      return typeof p.props.facing === 'string' ? t(`mechanics.facing.${p.props.facing}`) : '';
    case 'cart-track':
      return [typeof p.props.cartMassG === 'number' ? num(p.props.cartMassG, 'g') : '', typeof p.props.tiltDeg === 'number' ? num(p.props.tiltDeg, '°') : ''].filter(Boolean).join(', ');
    case 'vernier-caliper':
      return [typeof p.props.divisions === 'string' ? t(`mechanics.vernier.${p.props.divisions}`) : '', typeof p.props.jaws === 'string' ? t(`mechanics.jaws.${p.props.jaws}`) : ''].filter(Boolean).join(', ');
    case 'drop-timer':
      return num(p.props.massG, 'g');
    case 'pulley':
      return typeof p.props.type === 'string' ? t(`mechanics.pulley.${p.props.type}`) : '';
    case 'specimen':
      return typeof p.props.shape === 'string' ? t(`mechanics.specimen.${p.props.shape}`) : '';
    case 'board':
      return typeof p.props.surface === 'string' ? t(`mechanics.surface.${p.props.surface}`) : '';
    default:
      return '';
  }
}

export function describeMechanics(setup: Setup, model: BenchModel, i18n: ViewI18n, audience: 'student' | 'teacher'): string {
  const t = i18n.t;
  const engine = model.engine as MechanicsBenchEngine;
  const parts = setup.parts.filter((p) => audience === 'teacher' || !p.hidden);
  if (!parts.length) return t(k('empty'));
  const shown = new Set(parts.map((p) => p.id));
  const loads = engine.loads;
  const where = (p: SetupPart) => {
    const hook = loads.hanging.get(p.id);
    if (hook) {
      const holder = setup.parts.find((q) => q.id === hook.part);
      const term = holder && mechanicsParts.find(holder.kind)?.terminals.find((x) => x.name === hook.terminal);
      const hookName = term ? t(term.labelKey) + (holder?.kind === 'lever' ? ` ${hook.terminal.slice(1)}` : '') : hook.terminal;
      return t(k('hangsFrom'), { part: hook.part, hook: hookName });
    }
    const im = loads.immersed.get(p.id);
    const s = loads.supports.get(p.id);
    if (s && typeof s === 'object') {
      if (s.surface === 'left' || s.surface === 'right') return t(k(s.surface === 'left' ? 'onLeftPan' : 'onRightPan'), { part: s.part });
      if (s.surface === 'inside') return t(k('inside'), { part: s.part });
      return t(k('onTop'), { part: s.part });
    }
    return im ? t(k('inside'), { part: im.vessel }) : '';
  };
  const list = parts.map((p) => {
    const state = partState(p, i18n);
    return [partName(p, i18n), state && `(${state})`, where(p)].filter(Boolean).join(' ');
  });
  const sentences = [t(k('onTable'), { list: list.join('; ') })];
  for (const p of parts) {
    const v = (name: string) => engine.value(p.id, name);
    if (p.kind === 'tray-balance') {
      const d = v('pointerDivisions');
      const key = v('overload') === 1 ? 'pointerOverload' : Math.abs(d) >= 10 ? (d > 0 ? 'pointerLeftStop' : 'pointerRightStop') : Math.abs(d) <= 0.5 ? 'pointerMiddle' : d > 0 ? 'pointerLeft' : 'pointerRight';
      sentences.push(t(k(key), { part: p.id, divisions: i18n.number(Math.abs(d), 2), rider: typeof p.props.riderG === 'number' ? i18n.number(p.props.riderG, 3) : '?' }));
    }
    if (p.kind === 'force-gauge') {
      const r = v('readingN');
      sentences.push(Number.isFinite(r) ? t(k('gaugeReads'), { part: p.id, n: i18n.number(r, 3) }) : t(k('gaugeStop'), { part: p.id }));
    }
    if (p.kind === 'measuring-cylinder') {
      const r = v('readingMl');
      sentences.push(Number.isFinite(r) ? t(k('cylinderReads'), { part: p.id, ml: i18n.number(r, 4) }) : t(k('cylinderOff'), { part: p.id }));
    }
    if (p.kind === 'lever') {
      const tilt = v('tiltDeg');
      sentences.push(t(k(v('balanced') === 1 ? 'leverLevel' : tilt > 0 ? 'leverLeftDown' : 'leverRightDown'), { part: p.id }));
    }
    if (p.kind === 'stopwatch') sentences.push(t(k('stopwatchReads'), { part: p.id, s: i18n.number(v('readingS'), 4), state: t(`mechanics.crown.${String(p.props.crown)}`) }));
    if (p.kind === 'ruler') {
      const r = engine.rulerReading(p);
      sentences.push(r ? t(k('rulerReads'), { part: p.id, object: r.object, left: i18n.number(r.leftM * 100, 4), right: i18n.number(r.rightM * 100, 4) }) : t(k('rulerNothing'), { part: p.id }));
    }
    if (p.kind === 'slope') sentences.push(t(k(v('travelM') >= v('pathM') - 1e-9 && p.props.released === true ? 'cartArrived' : p.props.released === true ? 'cartRolling' : 'cartHeld'), { part: p.id }));
    if (p.kind === 'spring') {
      sentences.push(t(k('springReads'), { part: p.id, cm: i18n.number(v('readingM') * 100, 4), hung: i18n.number(v('hungG'), 4) }));
      if (v('setM') > 0) sentences.push(t(k('springSet'), { part: p.id, mm: i18n.number(v('setM') * 1000, 3) }));
    }
    if (p.kind === 'cart-track') {
      const dots = v('dots'), start = String(p.props.start);
      const key = start === 'held' ? 'cartTrackHeld' : v('speedMps') > 0 ? 'cartTrackRunning' : dots > 1 ? 'cartTrackStopped' : 'cartTrackStill';
      sentences.push(t(k(key), { part: p.id, dots: i18n.number(dots, 4), hanging: i18n.number(v('hangingG'), 4), start: t(`mechanics.cartStart.${start}`) }));
    }
    if (p.kind === 'light-gate') sentences.push(v('mounted') === 1 ? t(k('gateOn'), { part: p.id, cm: i18n.number(v('alongM') * 100, 4) }) : t(k('gateOff'), { part: p.id }));
    if (p.kind === 'digital-timer') {
      const ms = (name: string) => (Number.isFinite(v(name)) ? i18n.number(v(name), 5) : t(k('timerDash')));
      sentences.push(t(k('timerShows'), { part: p.id, dt1: ms('dt1Ms'), dt2: ms('dt2Ms'), t12: ms('t12Ms') }));
    }
    if (p.kind === 'pulley') sentences.push(t(k('pulleyLifts'), { part: p.id, load: i18n.number(v('loadN'), 3), pull: i18n.number(v('pullN'), 3) }));
    if (p.kind === 'centripetal-apparatus') {
      const l = v('leftShown'), r = v('rightShown');
      sentences.push(p.props.crank !== 'turning' ? t(k('centripetalStill'), { part: p.id }) : t(k('centripetalTurning'), { part: p.id, left: i18n.number(Math.round(l * 10) / 10, 3), right: i18n.number(Math.round(r * 10) / 10, 3) }));
    }
    if (p.kind === 'force-board') {
      const off = v('offOMm');
      sentences.push(off < 1 ? t(k('knotOnO'), { part: p.id }) : t(k('knotOffO'), { part: p.id, mm: i18n.number(off, 3) }));
    }
    if (p.kind === 'pull-gauge') {
      const a = v('angleDeg');
      sentences.push(Number.isFinite(a) ? t(k('pullGaugeReads'), { part: p.id, n: i18n.number(v('readingN'), 3), deg: i18n.number(a, 3) }) : t(k('pullGaugeUntied'), { part: p.id }));
    }
    if (p.kind === 'drop-timer') {
      const dots = v('dots'), key = p.props.start !== 'released' ? 'dropHeld' : v('speedMps') > 0 ? 'dropFalling' : 'dropLanded';
      sentences.push(t(k(key), { part: p.id, dots: i18n.number(dots, 3), g: i18n.number(v('massG'), 4) }));
    }
    if (p.kind === 'vernier-caliper') {
      const held = engine.heldSpecimenId(p), n = String(p.props.divisions);
      const key = !held ? 'caliperClosed' : Number.isFinite(v('readingM')) ? 'caliperHolds' : 'caliperCannot';
      sentences.push(t(k(key), { part: p.id, object: held ?? '', mm: i18n.number(v('mainMm'), 3), line: i18n.number(v('line'), 2), n }));
    }
    if (p.kind === 'micrometer') {
      const held = engine.heldSpecimenId(p), r = v('readingM');
      const key = !Number.isFinite(r) ? 'micrometerTooBig' : held ? 'micrometerHolds' : 'micrometerClosed';
      const sleeve = v('sleeveMm');
      sentences.push(t(k(key), { part: p.id, object: held ?? '', mm: i18n.number(sleeve, 3), half: Math.round(sleeve * 2) % 2 ? t(k('micrometerHalf')) : '', division: i18n.number(Math.round(v('thimble') * 10) / 10, 3) }));
    }
    if (p.kind === 'two-force-card') {
      const hand = String(p.props.hand), off = v('offsetM'), turned = Number(p.props.twistDeg) !== 0;
      const key = hand === 'holding' ? (turned ? 'cardHeldTurned' : 'cardHeld') : hand === 'cut' ? 'cardCut' : v('atRest') === 1 ? 'cardStays' : Math.abs(off) > 1e-4 ? (off > 0 ? 'cardMovesRight' : 'cardMovesLeft') : 'cardTurnsBack';
      sentences.push(t(k(key), { part: p.id, left: i18n.number(v('leftN'), 3), right: i18n.number(v('rightN'), 3), deg: i18n.number(Math.abs(Number(p.props.twistDeg)), 2) }));
    }
    if (p.kind === 'overflow-can') sentences.push(t(k(v('full') === 1 ? 'canFull' : 'canBelow'), { part: p.id }));
    if (p.kind === 'bucket') sentences.push(t(k(v('waterMl') > 0 ? 'bucketHolds' : 'bucketEmpty'), { part: p.id }));
    if (p.kind === 'manometer') sentences.push(t(k('manometerReads'), { part: p.id, mm: i18n.number(v('readingMm'), 3) }));
  }
  for (const d of model.diagnostics()) {
    if (d.parts.some((id) => !shown.has(id))) continue;
    sentences.push(t(d.key, { ...d.vars }));
  }
  return sentences.join('. ') + '.';
}
