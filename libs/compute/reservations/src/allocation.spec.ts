import {
  allocate,
  NEUTRAL_UTILIZATION,
  SME_MULTIPLIER,
  UTILIZATION_BASE,
  weightOf,
  type AllocationRequest,
} from './allocation';

const T0 = Date.parse('2026-12-01T00:00:00Z');

/** A request of `demand` devices; by default a non-SME firm with no history (weight 1), submitted at T0. */
function request(
  id: string,
  demand: number,
  overrides: Partial<Omit<AllocationRequest, 'id' | 'demand'>> & { minute?: number } = {},
): AllocationRequest {
  const { minute = 0, ...rest } = overrides;
  return {
    id,
    organizationId: `org-${id}`,
    demand,
    utilization: null,
    isSme: false,
    inLargeBusinessGroup: false,
    submittedAt: new Date(T0 + minute * 60_000),
    ...rest,
  };
}

const allocatedById = (capacity: number, requests: AllocationRequest[]) =>
  Object.fromEntries(allocate(capacity, requests).results.map((r) => [r.id, r.allocated]));

/** Mulberry32: a small seeded generator, so the random cases are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRequests(random: () => number, n: number, maxDemand: number): AllocationRequest[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: n }, (_, i) =>
    request(`r${i}`, 1 + Math.floor(random() * maxDemand), {
      // A few utilization levels and submission minutes, so ties in weight and time are common.
      utilization: pick([null, 0, 0.25, 0.5, 0.7, 1, random()]),
      isSme: random() < 0.3,
      inLargeBusinessGroup: random() < 0.1,
      minute: Math.floor(random() * 5),
    }),
  );
}

function shuffled<T>(xs: T[], random: () => number): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('weightOf', () => {
  it('is (0.5 + utilization) × (1.5 for an SME), 0.5 utilization without history', () => {
    expect([UTILIZATION_BASE, NEUTRAL_UTILIZATION, SME_MULTIPLIER]).toEqual([0.5, 0.5, 1.5]);
    expect(weightOf(request('a', 1))).toBe(1); // (0.5 + 0.5) × 1: the base weight
    expect(weightOf(request('a', 1, { utilization: 0 }))).toBe(0.5); // (0.5 + 0) × 1
    expect(weightOf(request('a', 1, { utilization: 1 }))).toBe(1.5); // (0.5 + 1) × 1
    expect(weightOf(request('a', 1, { utilization: 0.7, isSme: true }))).toBe(1.8); // 1.2 × 1.5
    expect(weightOf(request('a', 1, { utilization: 1, isSme: true }))).toBe(2.25); // 1.5 × 1.5
    expect(weightOf(request('a', 1, { isSme: true }))).toBe(1.5); // 1.0 × 1.5
  });

  it('is 0 for a firm in a large business group', () => {
    expect(
      weightOf(request('a', 1, { utilization: 1, isSme: true, inLargeBusinessGroup: true })),
    ).toBe(0);
  });
});

describe('allocate', () => {
  it('serves every demand when the capacity suffices', () => {
    // Total demand 5 + 3 + 4 = 12 ≤ 20: no contention.
    const requests = [
      request('a', 5), // weight 1: fully served from λ = 5
      request('b', 3, { utilization: 1, isSme: true }), // weight 2.25: from λ = 3 / 2.25 = 1.33
      request('c', 4, { utilization: 0 }), // weight 0.5: from λ = 4 / 0.5 = 8
    ];
    const { level, results } = allocate(20, requests);
    expect(results.map((r) => r.allocated)).toEqual([5, 3, 4]);
    expect(level).toBe(8); // the smallest level that serves everyone: max(demand / weight)
    expect(results[0].explanation).toBe(
      'weight 1.00 (no utilization history, counted as 50% → 1.00); capacity 20 covers the total demand of 12, so demand 5 is served in full → 5',
    );
  });

  it('splits equally between equal weights', () => {
    // Capacity 12, three demands of 10 with weight 1: λ = 12 / 3 = 4, so 4 devices each.
    const { level, results } = allocate(12, [request('a', 10), request('b', 10), request('c', 10)]);
    expect(level).toBe(4);
    expect(results.map((r) => r.allocated)).toEqual([4, 4, 4]);
  });

  it('serves a small demand in full and gives its unused share to the others (10; 2, 4, 10 → 2, 4, 4)', () => {
    // Equal split would be 10 / 3 = 3.33 each. 'a' wants only 2 and is served in full; the other
    // 8 devices are split between 'b' and 'c' at 4 each. 'b' wants exactly 4 (served), 'c' gets
    // the remaining 4. Level λ = 4 (weight 1 × 4 = 4 devices).
    const { level, results } = allocate(10, [request('a', 2), request('b', 4), request('c', 10)]);
    expect(level).toBe(4);
    expect(results.map((r) => r.allocated)).toEqual([2, 4, 4]);
    expect(results[0].explanation).toBe(
      'weight 1.00 (no utilization history, counted as 50% → 1.00); demand 2 is within its fair share of 4 devices at level λ = 4.00, so it is served in full and its unused share goes to the others → 2',
    );
    expect(results[2].explanation).toBe(
      'weight 1.00 (no utilization history, counted as 50% → 1.00); fair share 4 devices at level λ = 4.00; demand 10 capped to the share; 4 devices after rounding → 4',
    );
  });

  it('gives SMEs and high utilization larger shares', () => {
    // SME vs not, both without history: weights 1.5 and 1; λ = 10 / 2.5 = 4 → 6 and 4.
    expect(allocatedById(10, [request('sme', 10, { isSme: true }), request('other', 10)])).toEqual({
      sme: 6,
      other: 4,
    });
    // Utilization 100% vs 0%: weights 1.5 and 0.5; λ = 8 / 2 = 4 → 6 and 2.
    expect(
      allocatedById(8, [
        request('busy', 8, { utilization: 1 }),
        request('idle', 8, { utilization: 0 }),
      ]),
    ).toEqual({ busy: 6, idle: 2 });
  });

  it('explains weight, share and rounding with the numbers', () => {
    // Weights: 'a' (0.5 + 0.7) × 1.5 = 1.8, 'b' 1, 'c' (0.5 + 0.7) = 1.2; total 4, so λ = 8 / 4 = 2.
    // Shares: 3.6, 2 and 2.4, all below demand. Rounded down 3 + 2 + 2 = 7, one device left over;
    // remainders 0.6, 0 and 0.4, so it goes to 'a' → 4, 2, 2.
    const { level, results } = allocate(8, [
      request('a', 5, { utilization: 0.7, isSme: true }),
      request('b', 10),
      request('c', 10, { utilization: 0.7 }),
    ]);
    expect(level).toBeCloseTo(2, 12);
    expect(results.map((r) => [r.weight, r.allocated])).toEqual([
      [1.8, 4],
      [1, 2],
      [1.2, 2],
    ]);
    expect(results[0].explanation).toBe(
      'weight 1.80 (utilization 70% → 1.20, SME × 1.5); fair share 3.6 devices at level λ = 2.00; demand 5 capped to the share; 3 devices after rounding, +1 for the largest remainder → 4',
    );
    expect(results[2].explanation).toBe(
      'weight 1.20 (utilization 70% → 1.20); fair share 2.4 devices at level λ = 2.00; demand 10 capped to the share; 2 devices after rounding, remainder 0.4 too small for the leftover device → 2',
    );
  });

  describe('rounding', () => {
    it('hands leftovers to the largest remainder, even over a higher weight', () => {
      // Weights 1.5 and 0.5, capacity 3: λ = 3 / 2 = 1.5, shares 2.25 and 0.75.
      // Rounded down 2 + 0 = 2, one left over: remainder 0.75 beats 0.25 → 2 and 1.
      expect(
        allocatedById(3, [
          request('heavy', 10, { utilization: 1 }),
          request('light', 10, { utilization: 0 }),
        ]),
      ).toEqual({ heavy: 2, light: 1 });
    });

    it('breaks equal remainders by higher weight first', () => {
      // Weights 0.5 and 1.5, capacity 6: λ = 6 / 2 = 3, shares 1.5 and 4.5; rounded 1 + 4 = 5.
      // Remainders tie at 0.5: the higher weight wins, though 'light' was earlier and sorts first.
      expect(
        allocatedById(6, [
          request('a-light', 10, { utilization: 0, minute: 0 }),
          request('b-heavy', 10, { utilization: 1, minute: 5 }),
        ]),
      ).toEqual({ 'a-light': 1, 'b-heavy': 5 });
    });

    it('then by earlier submission, then by request id', () => {
      // Equal weights, capacity 10: shares 3.33 each, rounded 3 + 3 + 3 = 9, one left over.
      // Remainders and weights tie: the earliest submission ('z', minute 0) gets it.
      expect(
        allocatedById(10, [
          request('x', 10, { minute: 2 }),
          request('y', 10, { minute: 1 }),
          request('z', 10, { minute: 0 }),
        ]),
      ).toEqual({ x: 3, y: 3, z: 4 });
      // Same submission time too: the smallest id ('x') gets it.
      expect(allocatedById(10, [request('z', 10), request('y', 10), request('x', 10)])).toEqual({
        x: 4,
        y: 3,
        z: 3,
      });
      // Two left over (capacity 11: 3.67 each, 3 + 3 + 3 = 9): 'x' and 'y'.
      expect(allocatedById(11, [request('z', 10), request('y', 10), request('x', 10)])).toEqual({
        x: 4,
        y: 4,
        z: 3,
      });
    });
  });

  it('never exceeds the capacity or a demand, and uses every device it can (random cases)', () => {
    const random = seeded(20261201);
    const violations: string[] = [];
    for (let run = 0; run < 500; run++) {
      const requests = randomRequests(random, Math.floor(random() * 40), 30);
      const capacity = Math.floor(random() * 250);
      const { level, results } = allocate(capacity, requests);
      const fail = (what: string) => violations.push(`run ${run} (capacity ${capacity}): ${what}`);

      const eligibleDemand = requests
        .filter((r) => !r.inLargeBusinessGroup)
        .reduce((sum, r) => sum + r.demand, 0);
      const total = results.reduce((sum, r) => sum + r.allocated, 0);
      // At most the capacity, and work-conserving: nothing left idle while someone wants more.
      if (total !== Math.min(capacity, eligibleDemand)) fail(`total ${total}`);

      results.forEach((r, i) => {
        if (r.id !== requests[i].id) fail(`result ${i} is ${r.id}, not in input order`);
        if (!Number.isInteger(r.allocated) || r.allocated < 0 || r.allocated > r.demand) {
          fail(`${r.id} got ${r.allocated} of ${r.demand}`);
        }
        // Within one device of the continuous max-min share min(demand, weight × λ); 0 if excluded.
        const share = requests[i].inLargeBusinessGroup ? 0 : Math.min(r.demand, r.weight * level);
        if (!(Math.abs(r.allocated - share) < 1))
          fail(`${r.id} got ${r.allocated}, share ${share}`);
      });
    }
    expect(violations).toEqual([]);
  });

  it('excludes firms in large business groups, with the reason', () => {
    // The group firm's 4 devices do not count: the other demand (4) fits in capacity 4.
    const { results } = allocate(4, [
      request('group', 4, { utilization: 1, isSme: true, inLargeBusinessGroup: true }),
      request('independent', 4),
    ]);
    expect(results.map((r) => [r.id, r.weight, r.allocated])).toEqual([
      ['group', 0, 0],
      ['independent', 1, 4],
    ]);
    expect(results[0].explanation).toBe(
      'excluded before allocation: the firm belongs to a large business group (weight 0); demand 4 not served → 0',
    );
  });

  it('allocates nothing from an empty window', () => {
    const { level, results } = allocate(0, [request('a', 3), request('b', 1, { isSme: true })]);
    expect(level).toBe(0);
    expect(results.map((r) => r.allocated)).toEqual([0, 0]);
    expect(results[1].explanation).toBe(
      'weight 1.50 (no utilization history, counted as 50% → 1.00, SME × 1.5); the window has no devices to share (capacity 0) → 0',
    );
    expect(allocate(0, [])).toEqual({ level: 0, results: [] });
  });

  it('gives the same devices to each request whatever the input order', () => {
    const random = seeded(42);
    for (let run = 0; run < 20; run++) {
      const requests = randomRequests(random, 200, 20);
      const capacity = Math.floor(random() * 1500);
      const expected = allocate(capacity, requests);
      const byId = new Map(expected.results.map((r) => [r.id, r]));
      for (let shuffle = 0; shuffle < 5; shuffle++) {
        const order = shuffled(requests, random);
        const again = allocate(capacity, order);
        expect(again.level).toBe(expected.level);
        // Results in the new input order, each identical to the first run's.
        expect(again.results).toEqual(order.map((r) => byId.get(r.id)));
      }
    }
  });

  it('allocates 100,000 requests', () => {
    const requests = randomRequests(seeded(7), 100_000, 64);
    const eligibleDemand = requests
      .filter((r) => !r.inLargeBusinessGroup)
      .reduce((sum, r) => sum + r.demand, 0);
    const capacity = Math.floor(eligibleDemand / 2);
    const { results } = allocate(capacity, requests);
    expect(results).toHaveLength(100_000);
    expect(results.reduce((sum, r) => sum + r.allocated, 0)).toBe(capacity);
    expect(results.every((r) => r.allocated <= r.demand)).toBe(true);
  });

  describe('validation', () => {
    it.each([-1, 2.5, Number.NaN, Infinity, 2_000_000_000])('refuses capacity %p', (capacity) => {
      expect(() => allocate(capacity, [])).toThrow(
        new RangeError(
          `capacity must be a whole number of devices from 0 to 1000000000, got ${capacity}`,
        ),
      );
    });

    it.each([0, -3, 1.5, Number.NaN])('refuses demand %p', (demand) => {
      expect(() => allocate(10, [request('a', demand)])).toThrow(
        new RangeError(
          `request "a": demand must be a whole number of devices, at least 1, got ${demand}`,
        ),
      );
    });

    it.each([-0.1, 1.2, Number.NaN])('refuses utilization %p', (utilization) => {
      const bad = request('a', 1, { utilization });
      expect(() => allocate(10, [bad])).toThrow(RangeError);
      expect(() => allocate(10, [bad])).toThrow(
        `request "a": utilization must be a fraction from 0 to 1 (used / reserved device-hours) or null without history, got ${utilization}`,
      );
      expect(() => weightOf(bad)).toThrow(RangeError);
    });

    it('refuses an invalid submission time and repeated ids', () => {
      expect(() => allocate(10, [request('a', 1, { submittedAt: new Date(Number.NaN) })])).toThrow(
        new RangeError('request "a": submittedAt must be a valid date'),
      );
      expect(() => allocate(10, [request('a', 1), request('a', 2)])).toThrow(
        new RangeError('request "a" appears more than once'),
      );
    });
  });
});
