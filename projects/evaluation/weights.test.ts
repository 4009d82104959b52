import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS, INDICATORS, SOFT_INDICATORS, softScore } from './indicators';
import { checkFloor, checkPolicy, DEFAULT_POLICY, DEFAULT_SCHEME, processScore, SchoolPolicySchema, totalScore, WeightSchemeSchema, type WeightScheme } from './weights';

describe('indicator definitions', () => {
  it('every indicator is defined in both languages; every soft one has four descriptors in both', () => {
    for (const id of INDICATORS) {
      const d = INDICATOR_DEFINITIONS[id];
      expect(d.id).toBe(id);
      for (const text of [d.name, d.definition, ...(d.levels ?? [])]) {
        expect(text['zh-CN'].trim(), `${id} zh-CN`).not.toBe('');
        expect(text.en.trim(), `${id} en`).not.toBe('');
        expect(/[\u4e00-\u9fff]/.test(text['zh-CN']), `${id}: the zh-CN text is Chinese`).toBe(true);
      }
    }
    for (const id of SOFT_INDICATORS) expect(INDICATOR_DEFINITIONS[id].levels).toHaveLength(4);
    expect([1, 2, 3, 4].map(softScore)).toEqual([25, 50, 75, 100]);
  });
});

describe('weight schemes', () => {
  it('the default policy sets a 40 % floor and a scheme above it', () => {
    expect(DEFAULT_POLICY.floorPct).toBe(40);
    expect(checkPolicy(DEFAULT_POLICY)).toBeNull();
    expect(WeightSchemeSchema.safeParse(DEFAULT_SCHEME).success).toBe(true);
  });

  it('refuses a process share below the floor, naming the field', () => {
    const low: WeightScheme = { ...DEFAULT_SCHEME, processPct: 35 };
    expect(checkFloor(low, 40)).toEqual({ field: 'processPct', floorPct: 40, message: expect.stringContaining('at least 40 %') });
    expect(checkFloor({ ...low, processPct: 40 }, 40)).toBeNull();
    expect(checkPolicy({ floorPct: 60, scheme: { ...DEFAULT_SCHEME, processPct: 50 } })?.field).toBe('scheme.processPct');
  });

  it('a school policy: the floor 40–100 % (the policy’s 40 % is the least), the default scheme at or above it', () => {
    const issue = (v: unknown) => {
      const r = SchoolPolicySchema.safeParse(v);
      return r.success ? null : `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`;
    };
    expect(issue(DEFAULT_POLICY)).toBeNull();
    expect(issue({ floorPct: 100, scheme: { ...DEFAULT_SCHEME, processPct: 100 } })).toBeNull();
    expect(issue({ floorPct: 39, scheme: DEFAULT_SCHEME })).toMatch(/^floorPct: must be at least 40 %/);
    expect(issue({ floorPct: 0, scheme: DEFAULT_SCHEME })).toMatch(/^floorPct:/);
    expect(issue({ floorPct: 101, scheme: { ...DEFAULT_SCHEME, processPct: 100 } })).toMatch(/^floorPct: must be 100 % or less/);
    expect(issue({ floorPct: 50.5, scheme: DEFAULT_SCHEME })).toMatch(/^floorPct: must be a whole number/);
    expect(issue({ floorPct: 70, scheme: DEFAULT_SCHEME })).toBe("scheme.processPct: the default scheme's process share must be at least the floor, 70 %");
    expect(issue({ floorPct: 40, scheme: DEFAULT_SCHEME, extra: 1 })).toMatch(/^: |Unrecognized/);
  });

  it('validates shape: whole percentages, weights 0–10, every indicator, nothing else', () => {
    const issue = (v: unknown) => {
      const r = WeightSchemeSchema.safeParse(v);
      return r.success ? null : r.error.issues[0].path.join('.');
    };
    expect(issue({ ...DEFAULT_SCHEME, processPct: 40.5 })).toBe('processPct');
    expect(issue({ ...DEFAULT_SCHEME, processPct: 101 })).toBe('processPct');
    expect(issue({ ...DEFAULT_SCHEME, weights: { ...DEFAULT_SCHEME.weights, inquiry: 11 } })).toBe('weights.inquiry');
    const { defense: _omit, ...missing } = DEFAULT_SCHEME.weights;
    expect(issue({ ...DEFAULT_SCHEME, weights: missing })).toBe('weights.defense');
    expect(issue({ ...DEFAULT_SCHEME, weights: { ...DEFAULT_SCHEME.weights, luck: 1 } })).toBe('weights');
    expect(issue({ ...DEFAULT_SCHEME, weights: Object.fromEntries(INDICATORS.map((i) => [i, 0])) })).toBe('weights');
  });

  it('process: a weighted mean over the indicators that apply; total: process and result by the scheme', () => {
    const scheme: WeightScheme = { processPct: 60, weights: { ...DEFAULT_SCHEME.weights } };
    // lab 2×80, data 2×50, contribution 2×100, inquiry 1×75; assignments, comments, revisions, defense and the other soft ones do not apply
    const p = processScore(scheme, { lab_activity: 80, data_quality: 50, contribution: 100, inquiry: 75, assignments: null, defense: null });
    expect(p.score).toBe(Math.round((10 * (160 + 100 + 200 + 75)) / 7) / 10);
    expect(p.shares).toEqual({ lab_activity: 2 / 7, data_quality: 2 / 7, contribution: 2 / 7, inquiry: 1 / 7 });
    expect(totalScore(scheme, 76.4, 90)).toBe(81.8); // 0.6·76.4 + 0.4·90 = 81.84
    expect(totalScore(scheme, 76.4, null)).toBeNull();
    expect(totalScore({ ...scheme, processPct: 100 }, 76.4, null)).toBe(76.4);
    expect(processScore(scheme, {}).score).toBeNull();
  });
});
