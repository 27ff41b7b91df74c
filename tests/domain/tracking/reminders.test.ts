import { formatDate, serialFromYmd } from '../../../src/domain/dates';
import {
  defaultMilestones,
  milestonesOfYear,
  remindersFor,
  type Reminder,
} from '../../../src/domain/tracking';

const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);
const CIRC = [...defaultMilestones(2024), ...defaultMilestones(2025)];
/** Reminders as [kind, milestone dd/mm/yyyy, message, days]. */
const view = (rs: Reminder[]): unknown[] =>
  rs.map((r) => [r.kind, formatDate(r.milestone), r.message, r.days]);
/** Reminders with data changed on 01/11/2024 (after the 31/10 milestone: never stale before 30/11). */
const at = (today: number, lastChange: number | null = d(2024, 11, 1), milestones = CIRC): unknown[] =>
  view(remindersFor({ milestones, today, lastChange }));

describe('upcoming reminder: from the 25th of the milestone’s month up to the milestone', () => {
  it('nothing on the 24th', () => {
    expect(at(d(2024, 11, 24))).toEqual([]);
  });

  it('30-day month: the 25th is 5 days before', () => {
    expect(at(d(2024, 11, 25))).toEqual([
      ['upcoming', '30/11/2024', "Point d'étape le 30/11 : dans 5 jours", 5],
    ]);
    expect(at(d(2024, 11, 28))).toEqual([
      ['upcoming', '30/11/2024', "Point d'étape le 30/11 : dans 2 jours", 2],
    ]);
  });

  it('the day before says demain, the day itself aujourd’hui, the day after nothing', () => {
    expect(at(d(2024, 11, 29))).toEqual([['upcoming', '30/11/2024', "Point d'étape le 30/11 : demain", 1]]);
    expect(at(d(2024, 11, 30) + 0.9)).toEqual([
      ['upcoming', '30/11/2024', "Point d'étape le 30/11 : aujourd'hui", 0],
    ]);
    expect(at(d(2024, 12, 1), d(2024, 12, 1))).toEqual([]);
  });

  it('31-day month: the 25th is 6 days before', () => {
    expect(at(d(2024, 10, 24), d(2024, 10, 1))).toEqual([]);
    expect(at(d(2024, 10, 25), d(2024, 10, 1))).toEqual([
      ['upcoming', '31/10/2024', "Point d'étape le 31/10 : dans 6 jours", 6],
    ]);
  });

  it('February (monthly preset): 28/02/2023 three days ahead, 29/02/2024 four days ahead', () => {
    const m2023 = milestonesOfYear(2023, 'mensuel');
    const m2024 = milestonesOfYear(2024, 'mensuel');
    expect(at(d(2023, 2, 24), d(2023, 2, 1), m2023)).toEqual([]);
    expect(at(d(2023, 2, 25), d(2023, 2, 1), m2023)).toEqual([
      ['upcoming', '28/02/2023', "Point d'étape le 28/02 : dans 3 jours", 3],
    ]);
    expect(at(d(2024, 2, 25), d(2024, 2, 1), m2024)).toEqual([
      ['upcoming', '29/02/2024', "Point d'étape le 29/02 : dans 4 jours", 4],
    ]);
    expect(at(d(2024, 2, 28), d(2024, 2, 1), m2024)).toEqual([
      ['upcoming', '29/02/2024', "Point d'étape le 29/02 : demain", 1],
    ]);
  });

  it('no reminder in March with the circular (no milestone at the end of March)', () => {
    expect(at(d(2024, 3, 28), d(2024, 2, 1))).toEqual([]);
  });

  it('year end: 31/12 from the 25th, and 31/01 of the next year from 25/01', () => {
    expect(at(d(2024, 12, 25), d(2024, 12, 2))).toEqual([
      ['upcoming', '31/12/2024', "Point d'étape le 31/12 : dans 6 jours", 6],
    ]);
    expect(at(d(2025, 1, 24), d(2025, 1, 2))).toEqual([]);
    expect(at(d(2025, 1, 25), d(2025, 1, 2))).toEqual([
      ['upcoming', '31/01/2025', "Point d'étape le 31/01 : dans 6 jours", 6],
    ]);
  });

  it('a custom milestone before the 25th is announced 5 days ahead', () => {
    const custom = [d(2024, 5, 15)];
    expect(at(d(2024, 5, 9), null, custom)).toEqual([]);
    expect(at(d(2024, 5, 10), null, custom)).toEqual([
      ['upcoming', '15/05/2024', "Point d'étape le 15/05 : dans 5 jours", 5],
    ]);
  });
});

describe('stale reminder: from the 5th of the next month, when nothing changed since the milestone', () => {
  const STALE_3110 = [
    'stale',
    '31/10/2024',
    "Données non actualisées depuis le point d'étape du 31/10",
    undefined,
  ];

  it('nothing on the 4th, the reminder from the 5th', () => {
    expect(at(d(2024, 11, 4), null)).toEqual([]);
    expect(at(d(2024, 11, 5), null)).toEqual([STALE_3110]);
  });

  it('a change on the milestone day belongs to that milestone: still stale', () => {
    expect(at(d(2024, 11, 5), d(2024, 10, 31) + 0.625)).toEqual([STALE_3110]);
    expect(at(d(2024, 11, 5), d(2024, 9, 12))).toEqual([STALE_3110]);
  });

  it('a change after the milestone day: no reminder', () => {
    expect(at(d(2024, 11, 5), d(2024, 11, 1) + 0.375)).toEqual([]);
    expect(at(d(2024, 11, 20), d(2024, 11, 19))).toEqual([]);
  });

  it('until the next milestone (both reminders from its 25th), then reset for the new one', () => {
    expect(at(d(2024, 11, 24), d(2024, 10, 20))).toEqual([STALE_3110]);
    expect(at(d(2024, 11, 25), d(2024, 10, 20))).toEqual([
      ['upcoming', '30/11/2024', "Point d'étape le 30/11 : dans 5 jours", 5],
      STALE_3110,
    ]);
    expect(at(d(2024, 11, 30), d(2024, 10, 20))).toEqual([
      ['upcoming', '30/11/2024', "Point d'étape le 30/11 : aujourd'hui", 0],
      STALE_3110,
    ]);
    expect(at(d(2024, 12, 1), d(2024, 10, 20))).toEqual([]);
    expect(at(d(2024, 12, 4), d(2024, 10, 20))).toEqual([]);
    expect(at(d(2024, 12, 5), d(2024, 10, 20))).toEqual([
      ['stale', '30/11/2024', "Données non actualisées depuis le point d'étape du 30/11", undefined],
    ]);
  });

  it('year end: after 31/12, from 05/01 of the next year', () => {
    const STALE_3112 = [
      'stale',
      '31/12/2024',
      "Données non actualisées depuis le point d'étape du 31/12",
      undefined,
    ];
    expect(at(d(2025, 1, 4), d(2024, 12, 20))).toEqual([]);
    expect(at(d(2025, 1, 5), d(2024, 12, 20))).toEqual([STALE_3112]);
    expect(at(d(2025, 1, 25), d(2024, 12, 31) + 0.5)).toEqual([
      ['upcoming', '31/01/2025', "Point d'étape le 31/01 : dans 6 jours", 6],
      STALE_3112,
    ]);
  });

  it('February: after 31/01 from 05/02, through the months without milestone until 30/04', () => {
    const STALE_3101 = [
      'stale',
      '31/01/2024',
      "Données non actualisées depuis le point d'étape du 31/01",
      undefined,
    ];
    expect(at(d(2024, 2, 4), d(2024, 1, 3))).toEqual([]);
    expect(at(d(2024, 2, 5), d(2024, 1, 3))).toEqual([STALE_3101]);
    expect(at(d(2024, 3, 29), d(2024, 1, 3))).toEqual([STALE_3101]);
  });

  it('after a 29 February milestone (monthly preset), from 05/03', () => {
    const m2024 = milestonesOfYear(2024, 'mensuel');
    expect(at(d(2024, 3, 4), null, m2024)).toEqual([]);
    expect(at(d(2024, 3, 5), null, m2024)).toEqual([
      ['stale', '29/02/2024', "Données non actualisées depuis le point d'étape du 29/02", undefined],
    ]);
  });

  it('no milestone at all: no reminder', () => {
    expect(at(d(2024, 11, 25), null, [])).toEqual([]);
  });
});
