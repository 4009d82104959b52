import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { encodePresenceUpdate, jsonDepth, keepFields, PresenceRefused, readPresenceUpdate } from './presence';

const limits = { maxPresenceStateBytes: 1024, maxPresenceDepth: 4 };

function update(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const x of entries) {
    encoding.writeVarUint(e, x.clientId);
    encoding.writeVarUint(e, x.clock);
    encoding.writeVarString(e, x.json);
  }
  return encoding.toUint8Array(e);
}

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof PresenceRefused ? { code: e.code, message: e.message } : { error: String(e) };
  }
  return null;
};

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays, not brackets inside strings or escaped quotes', () => {
    expect(jsonDepth('{}', 10)).toBe(1);
    expect(jsonDepth('{"a":[1,{"b":[]}]}', 10)).toBe(4);
    expect(jsonDepth('{"a":"[[[[{{{{"}', 10)).toBe(1);
    expect(jsonDepth('{"a":"\\"[[[["}', 10)).toBe(1); // an escaped quote does not end the string
    expect(jsonDepth('"\\\\"', 10)).toBe(0); // an escaped backslash does not escape the closing quote
    expect(jsonDepth('7', 10)).toBe(0);
  });

  it('stops past the limit without reading the rest (100 000 levels)', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonDepth(deep, 16)).toBe(17);
  });
});

describe('readPresenceUpdate', () => {
  it('reads states and removals', () => {
    const entries = readPresenceUpdate(update([{ clientId: 7, clock: 3, json: '{"user":{"name":"Li"}}' }, { clientId: 8, clock: 1, json: 'null' }]), limits);
    expect(entries).toEqual([
      { clientId: 7, clock: 3, state: { user: { name: 'Li' } } },
      { clientId: 8, clock: 1, state: null },
    ]);
  });

  it('refuses too large (4413), too deep, not JSON, not an object (4400), too many entries (4429)', () => {
    expect(refusal(() => readPresenceUpdate(update([{ clientId: 1, clock: 1, json: `{"a":"${'x'.repeat(1100)}"}` }]), limits))?.code).toBe(4413);
    expect(refusal(() => readPresenceUpdate(update([{ clientId: 1, clock: 1, json: '{"a":[[[{}]]]}' }]), limits))).toEqual({ code: 4400, message: 'presence state nested too deeply: at most 4 levels' });
    expect(refusal(() => readPresenceUpdate(update([{ clientId: 1, clock: 1, json: '{"a":[[{}]]}' }]), limits))).toBe(null);
    for (const json of ['{"a":', '[1]', '"x"', '3']) expect(refusal(() => readPresenceUpdate(update([{ clientId: 1, clock: 1, json }]), limits))?.code).toBe(4400);
    const many = Array.from({ length: 9 }, (_, i) => ({ clientId: i, clock: 1, json: '{}' }));
    expect(refusal(() => readPresenceUpdate(update(many), limits))?.code).toBe(4429);
  });

  it('throws a decoding error on a truncated update', () => {
    const whole = update([{ clientId: 1, clock: 1, json: '{"user":{}}' }]);
    expect(() => readPresenceUpdate(whole.subarray(0, whole.length - 3), limits)).toThrow();
  });

  it('encodePresenceUpdate writes what readPresenceUpdate reads', () => {
    const entries = [{ clientId: 123456789, clock: 42, state: { cursor: { anchor: 1 } } }];
    expect(readPresenceUpdate(encodePresenceUpdate(entries), limits)).toEqual(entries);
  });
});

it('keepFields keeps only the allowed top-level fields', () => {
  expect(keepFields({ user: { name: 'x' }, cursor: null, banner: 'big' }, ['user', 'cursor'])).toEqual({ user: { name: 'x' }, cursor: null });
  expect(keepFields(null, ['user'])).toBe(null);
});
