import { formatDate, serialFromYmd } from '../../../src/domain/dates';
import {
  daysInMonth,
  defaultMilestones,
  milestonesAround,
  milestonesOfYear,
  MilestoneScheduleSchema,
  monthEnd,
  nextMilestone,
  normaliseDates,
  previousMilestone,
  scheduleDates,
} from '../../../src/domain/tracking';

const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);
const shown = (xs: readonly number[]): string[] => xs.map(formatDate);

describe('points d’étape — the circular’s eight month ends', () => {
  it('gives the eight real month ends of 2025', () => {
    expect(shown(defaultMilestones(2025))).toEqual([
      '31/01/2025',
      '30/04/2025',
      '30/06/2025',
      '31/08/2025',
      '30/09/2025',
      '31/10/2025',
      '30/11/2025',
      '31/12/2025',
    ]);
  });

  it('are Excel serials (31/01/2024 = 45322, 1 January 2024 being 45292)', () => {
    expect(defaultMilestones(2024)[0]).toBe(45322);
    expect(monthEnd(2024, 1)).toBe(45322);
  });

  it('has 28 or 29 days in February (leap years, 1900 rule for 2100, 400 rule for 2000)', () => {
    expect([daysInMonth(2023, 2), daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([
      28, 29, 28, 29,
    ]);
    expect([daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual([30, 31]);
  });
});

describe('presets', () => {
  it('mensuel: twelve month ends, February 29 in 2024 and 28 in 2023', () => {
    expect(shown(milestonesOfYear(2024, 'mensuel'))).toEqual([
      '31/01/2024',
      '29/02/2024',
      '31/03/2024',
      '30/04/2024',
      '31/05/2024',
      '30/06/2024',
      '31/07/2024',
      '31/08/2024',
      '30/09/2024',
      '31/10/2024',
      '30/11/2024',
      '31/12/2024',
    ]);
    expect(formatDate(milestonesOfYear(2023, 'mensuel')[1])).toBe('28/02/2023');
  });

  it('trimestriel and semestriel', () => {
    expect(shown(milestonesOfYear(2024, 'trimestriel'))).toEqual([
      '31/03/2024',
      '30/06/2024',
      '30/09/2024',
      '31/12/2024',
    ]);
    expect(shown(milestonesOfYear(2024, 'semestriel'))).toEqual(['30/06/2024', '31/12/2024']);
  });

  it('circulaire is the default preset', () => {
    expect(milestonesOfYear(2026)).toEqual(defaultMilestones(2026));
    expect(milestonesOfYear(2026)).toHaveLength(8);
  });

  it('schedules: a preset over several years, or explicit dates sorted and deduplicated', () => {
    expect(shown(scheduleDates({ kind: 'preset', preset: 'semestriel' }, 2023, 2024))).toEqual([
      '30/06/2023',
      '31/12/2023',
      '30/06/2024',
      '31/12/2024',
    ]);
    expect(
      shown(
        scheduleDates(
          { kind: 'dates', dates: [d(2024, 5, 15), d(2024, 3, 1) + 0.75, d(2024, 5, 15)] },
          2024,
          2024,
        ),
      ),
    ).toEqual(['01/03/2024', '15/05/2024']);
    const around = milestonesAround({ kind: 'preset', preset: 'circulaire' }, d(2025, 1, 10));
    expect(around).toHaveLength(24);
    expect([formatDate(around[0]), formatDate(around[23])]).toEqual(['31/01/2024', '31/12/2026']);
  });

  it('validates a saved schedule with French messages', () => {
    expect(MilestoneScheduleSchema.safeParse({ kind: 'preset', preset: 'trimestriel' }).success).toBe(true);
    const bad = MilestoneScheduleSchema.safeParse({ kind: 'preset', preset: 'annuel' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe(
      'périodicité inconnue : mensuel, trimestriel, semestriel ou circulaire attendu',
    );
    expect(MilestoneScheduleSchema.safeParse({ kind: 'dates', dates: [45322.5] }).success).toBe(false);
  });
});

describe('next and previous milestone', () => {
  const ms = [...defaultMilestones(2024), ...defaultMilestones(2025)];

  it('on the milestone day: it is the next one (still to come), the previous is the one before', () => {
    expect(formatDate(nextMilestone(ms, d(2024, 11, 30))!)).toBe('30/11/2024');
    expect(formatDate(previousMilestone(ms, d(2024, 11, 30))!)).toBe('31/10/2024');
  });

  it('the day after, it has become the previous one', () => {
    expect(formatDate(nextMilestone(ms, d(2024, 12, 1))!)).toBe('31/12/2024');
    expect(formatDate(previousMilestone(ms, d(2024, 12, 1))!)).toBe('30/11/2024');
  });

  it('between January and April (no milestone in February and March)', () => {
    expect(formatDate(nextMilestone(ms, d(2024, 2, 15))!)).toBe('30/04/2024');
    expect(formatDate(previousMilestone(ms, d(2024, 2, 15))!)).toBe('31/01/2024');
  });

  it('across the year end, whatever the order of the dates', () => {
    const shuffled = [...ms].reverse();
    expect(formatDate(nextMilestone(shuffled, d(2025, 1, 1))!)).toBe('31/01/2025');
    expect(formatDate(previousMilestone(shuffled, d(2025, 1, 1))!)).toBe('31/12/2024');
  });

  it('a time of day does not change the day', () => {
    expect(formatDate(nextMilestone(ms, d(2024, 11, 30) + 0.99)!)).toBe('30/11/2024');
    expect(formatDate(previousMilestone(ms, d(2024, 12, 1) + 0.01)!)).toBe('30/11/2024');
  });

  it('null before the first and after the last', () => {
    expect(previousMilestone(ms, d(2024, 1, 31))).toBeNull();
    expect(nextMilestone(ms, d(2026, 1, 1))).toBeNull();
    expect(nextMilestone([], d(2024, 1, 1))).toBeNull();
  });

  it('normalises: whole days, sorted, no duplicates, no NaN', () => {
    expect(normaliseDates([3.5, 1, 3, NaN, 2.1])).toEqual([1, 2, 3]);
  });
});
