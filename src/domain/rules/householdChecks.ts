/**
 * Checks of the household's composition and budget: structure familiale vs enfants and hébergés,
 * occupants (warning only, GUIDE-NOTES H19), enfants majeurs, APL vs quittance, effort rate, resources.
 */
import { codeText, frEuro, frNumber, frPercent, quoted } from './text';
import type { Emit, RowView } from './view';

const WITH_CHILDREN = new Set(['M', 'CE', 'MH', 'CEH']);
const WITH_HOSTED = new Set(['IH', 'CH', 'MH', 'CEH']);
const COUPLES = new Set(['C', 'CE', 'CH', 'CEH']);
/** The structure with a child added / removed, hébergés added / removed (the likely correct code). */
const ADD_CHILD: Readonly<Record<string, string>> = { I: 'M', C: 'CE', IH: 'MH', CH: 'CEH' };
const REMOVE_CHILD: Readonly<Record<string, string>> = { M: 'I', CE: 'C', MH: 'IH', CEH: 'CH' };
const ADD_HOSTED: Readonly<Record<string, string>> = { I: 'IH', C: 'CH', M: 'MH', CE: 'CEH' };
const REMOVE_HOSTED: Readonly<Record<string, string>> = { IH: 'I', CH: 'C', MH: 'M', CEH: 'CE' };

const BUDGET_BEFORE = ['rent', 'charges', 'apl', 'salaries', 'familyBenefits'];
const BUDGET_AFTER = ['rentAfter', 'chargesAfter', 'aplAfter', 'salaries', 'familyBenefits'];

const count = (n: number, one: string, many: string): string => `${frNumber(n)} ${n > 1 ? many : one}`;
const anyNegative = (v: RowView, keys: readonly string[]): boolean => keys.some((k) => (v.num(k) ?? 0) < 0);

/** Returns true when the structure contradicts the children or hébergés (then occupants are not tested). */
function checkStructure(v: RowView, emit: Emit, label: (key: string) => string): boolean {
  const fs = v.str('familyStructure');
  if (fs === null || !(fs in ADD_CHILD || fs in REMOVE_CHILD)) return false;
  let wrong = false;
  const children = v.num('children');
  if (children !== null && children >= 0) {
    if (WITH_CHILDREN.has(fs) && children === 0) {
      wrong = true;
      emit(
        'structure-enfants',
        'familyStructure',
        `La structure ${codeText('family', fs)} suppose au moins un enfant, or ${quoted(label('children'))} vaut 0.`,
        `Corriger la structure familiale (${REMOVE_CHILD[fs]} si le ménage n'a pas d'enfant) ou le nombre d'enfants.`,
      );
    } else if (!WITH_CHILDREN.has(fs) && children > 0) {
      wrong = true;
      emit(
        'structure-enfants',
        'familyStructure',
        `La structure ${codeText('family', fs)} n'a pas d'enfant, or ${quoted(label('children'))} vaut ${frNumber(children)}.`,
        `Corriger la structure familiale (${ADD_CHILD[fs]} si les enfants vivent avec le ménage) ou le nombre d'enfants.`,
      );
    }
  }
  const hosted = v.num('hosted');
  if (hosted !== null && hosted >= 0) {
    if (WITH_HOSTED.has(fs) && hosted === 0) {
      wrong = true;
      emit(
        'structure-heberges',
        'familyStructure',
        `La structure ${codeText('family', fs)} suppose au moins un hébergé, or ${quoted(label('hosted'))} vaut 0.`,
        `Corriger la structure familiale (${REMOVE_HOSTED[fs]} sans hébergé) ou le nombre d'hébergés.`,
      );
    } else if (!WITH_HOSTED.has(fs) && hosted > 0) {
      wrong = true;
      emit(
        'structure-heberges',
        'familyStructure',
        `La structure ${codeText('family', fs)} n'a pas d'hébergé, or ${quoted(label('hosted'))} vaut ${frNumber(hosted)}.`,
        `Corriger la structure familiale (${ADD_HOSTED[fs]} avec hébergés) ou le nombre d'hébergés.`,
      );
    }
  }
  return wrong;
}

function checkOccupants(v: RowView, emit: Emit): void {
  const fs = v.str('familyStructure');
  const occupants = v.num('occupants');
  if (fs === null || occupants === null || occupants < 1 || !(fs in ADD_CHILD || fs in REMOVE_CHILD)) return;
  // A blank count reads as 0 where the structure has none; otherwise the test cannot be made.
  const children = v.num('children') ?? (!WITH_CHILDREN.has(fs) && v.blank('children') ? 0 : null);
  const hosted = v.num('hosted') ?? (!WITH_HOSTED.has(fs) && v.blank('hosted') ? 0 : null);
  if (children === null || hosted === null || children < 0 || hosted < 0) return;
  const adults = COUPLES.has(fs) ? 2 : 1;
  const expected = adults + children + hosted;
  if (occupants === expected) return;
  emit(
    'occupants-incoherents',
    'occupants',
    `${count(occupants, 'occupant est saisi', 'occupants sont saisis')}, la composition en donne ${frNumber(expected)} ` +
      `(structure ${fs} : ${count(adults, 'adulte', 'adultes')} + ${count(children, 'enfant', 'enfants')} + ` +
      `${count(hosted, 'hébergé', 'hébergés')}).`,
  );
}

function checkAdultChildren(v: RowView, emit: Emit, label: (key: string) => string): void {
  const adultChildren = v.num('adultChildren');
  const children = v.num('children');
  if (adultChildren === null || children === null || children < 0 || adultChildren <= children) return;
  emit(
    'enfants-majeurs-superieurs',
    'adultChildren',
    `${quoted(label('adultChildren'))} vaut ${frNumber(adultChildren)}, ${quoted(label('children'))} vaut ${frNumber(children)}.`,
  );
}

function checkApl(v: RowView, emit: Emit, label: (key: string) => string): void {
  const pairs = [
    ['apl', 'quittance', 'apl-superieure-quittance', BUDGET_BEFORE],
    ['aplAfter', 'quittanceAfter', 'apl-apres-superieure-quittance', BUDGET_AFTER],
  ] as const;
  for (const [aplKey, quittanceKey, ruleId, inputs] of pairs) {
    const apl = v.num(aplKey);
    const quittance = v.num(quittanceKey);
    if (apl === null || quittance === null || anyNegative(v, inputs) || apl <= quittance + 1e-9) continue;
    emit(
      ruleId,
      aplKey,
      `${quoted(label(aplKey))} : ${frEuro(apl)} ; ${quoted(label(quittanceKey))} : ${frEuro(quittance)}.`,
    );
  }
}

function checkBudget(v: RowView, emit: Emit, label: (key: string) => string): void {
  const rates = [
    ['effortRate', BUDGET_BEFORE],
    ['effortRateAfter', BUDGET_AFTER],
  ] as const;
  for (const [key, inputs] of rates) {
    const rate = v.num(key);
    if (rate === null || rate <= 1 || anyNegative(v, inputs)) continue;
    const resources = v.num('resources');
    const detail =
      `${quoted(label(key))} : ${frPercent(rate)}` +
      (resources !== null ? ` pour ${frEuro(resources)} de ressources mensuelles.` : '.');
    emit('taux-effort-excessif', key, detail);
  }
  const hasQuittance = v.num('quittance') !== null || v.num('quittanceAfter') !== null;
  if (hasQuittance && v.blank('salaries') && v.blank('familyBenefits')) {
    emit(
      'ressources-manquantes',
      'salaries',
      `${quoted(label('salaries'))} et ${quoted(label('familyBenefits'))} sont vides alors que la quittance est connue.`,
    );
  }
  if (v.blank('rent') && (v.num('charges') !== null || v.num('apl') !== null)) {
    emit(
      'loyer-manquant',
      'rent',
      `${quoted(label('rent'))} est vide alors que la provision pour charges ou l'APL est saisie.`,
    );
  }
}

export function checkHousehold(v: RowView, emit: Emit, label: (key: string) => string): void {
  if (!checkStructure(v, emit, label)) checkOccupants(v, emit);
  checkAdultChildren(v, emit, label);
  checkApl(v, emit, label);
  checkBudget(v, emit, label);
}
