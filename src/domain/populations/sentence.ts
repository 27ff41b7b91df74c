/**
 * The French sentence naming a set of criteria, used as the title of the result sheet
 * ("Résultats " + sentence) and of the comparison block, e.g.
 * « Ménages relogés en ZUS / QPV et dont l'évolution du taux d'effort > 15 points ».
 * Common codes read as adjectives (relogés, en ZUS / QPV, sur site, titulaires de bail…); every other
 * criterion becomes a "dont …" clause built from the catalogue label and the code label.
 */
import type { CustomFieldDef } from '../catalogue/types';
import { formatDate } from '../dates';
import type { Criterion } from './criteria';
import { fieldFor, type Field } from './fields';

/** French number: decimal comma, non-breaking space between thousands, at most `maxDecimals`. */
export function formatNumberFr(x: number, maxDecimals = 4): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(x) * factor) / factor;
  const [int, dec] = String(rounded).split('.');
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int;
  const sign = x < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (dec ? `,${dec}` : '');
}

/** Codes that read as an adjective after "Ménages" (relocation first, whatever the criteria order). */
const ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  relocation: {
    OUI: 'relogés',
    NON: 'à reloger',
    D: 'partis spontanément',
    A: 'sortis pour une autre raison (décès, expulsion…)',
  },
  priorStatus: { T: 'titulaires de bail', D: 'décohabitants', H: 'hébergés' },
  location: {
    SIT: 'sur site',
    HSIT: 'hors site dans la commune',
    AGGLO: "hors commune dans l'agglomération",
    HAGL: 'hors agglomération',
  },
  zus: { Z: 'en ZUS / QPV', HZ: 'hors ZUS / QPV' },
  tenureAfter: { AP: 'ayant accédé à la propriété' },
  dwellingType: { I: 'ayant accédé à un logement individuel' },
  acceptance: { A: 'ayant accepté le relogement', R: 'ayant refusé le relogement' },
};

interface Subject {
  readonly text: string;
  readonly feminine: boolean;
  readonly plural: boolean;
}

/** Columns whose label does not read well after "dont". */
const SUBJECTS: Readonly<Record<string, Subject>> = {
  adultChildren: { text: "le nombre d'enfants majeurs", feminine: false, plural: false },
  rni: { text: 'le revenu net imposable (RNI)', feminine: false, plural: false },
  zus: { text: 'la situation en ZUS / QPV', feminine: true, plural: false },
  relocation: { text: 'la situation de relogement', feminine: true, plural: false },
  acceptance: { text: 'la réponse à la proposition de relogement', feminine: true, plural: false },
};

const FEMININE = new Set([
  'surface',
  'provision',
  'nature',
  'quittance',
  'structure',
  'situation',
  'commune',
  'localisation',
  'simulation',
  'date',
  'operation',
  'adresse',
  'apl',
  'estimation',
  'anciennete',
  'evolution',
]);
const PLURAL_FEMININE = new Set(['prestations', 'ressources']);
const PLURAL_MASCULINE = new Set(['salaires', 'plafonds', 'commentaires']);

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** "Titulaire de bail" → "titulaire de bail"; acronyms (APL, PLUS CD, N°, T1) keep their capital. */
export function decapitalize(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function subjectOf(field: Field | undefined, key: string): Subject {
  if (!field) return { text: `« ${key} »`, feminine: false, plural: false };
  if (field.custom) return { text: `le champ « ${field.label} »`, feminine: false, plural: false };
  const preset = SUBJECTS[field.key];
  if (preset) return preset;
  const first = fold(field.label.split(/[\s(]/)[0]);
  const plural = PLURAL_FEMININE.has(first) || PLURAL_MASCULINE.has(first);
  const feminine = PLURAL_FEMININE.has(first) || FEMININE.has(first);
  // « (en %) » is said by the value's unit: « le taux d'effort > 30 % ».
  const noun = decapitalize(field.label.replace(/ \(en %\)$/, ''));
  let article = feminine ? 'la ' : 'le ';
  if (plural) article = 'les ';
  else if (/^[aeiouy]/.test(first)) article = "l'";
  return { text: article + noun, feminine, plural };
}

function unitText(unit: string | undefined, x: number): string {
  const many = Math.abs(x) >= 2;
  switch (unit) {
    case 'pts':
      return many ? ' points' : ' point';
    case 'ans':
      return many ? ' ans' : ' an';
    case '€/an':
      return ' € par an';
    case '%':
    case '€':
    case 'm²':
    case 'SMIC':
      return ` ${unit}`;
    default:
      return '';
  }
}

function valueText(field: Field | undefined, x: number): string {
  if (field?.kind === 'date') return formatDate(x);
  return formatNumberFr(x) + unitText(field?.unit, x);
}

function codeText(field: Field | undefined, code: string): string {
  const def = field?.codes?.find((c) => c.code === code);
  return def && def.label !== '' ? decapitalize(def.label) : code;
}

const DATE_WORDS: Readonly<Record<string, string>> = {
  '=': 'le',
  '≠': 'autre que le',
  '<': 'avant le',
  '≤': 'au plus tard le',
  '>': 'après le',
  '≥': 'au plus tôt le',
};

function clause(c: Criterion, field: Field | undefined): string {
  const s = subjectOf(field, c.key);
  const est = s.plural ? 'sont' : 'est';
  const nEst = s.plural ? 'ne sont pas' : "n'est pas";
  const filled = `renseigné${s.feminine ? 'e' : ''}${s.plural ? 's' : ''}`;
  const date = field?.kind === 'date';
  switch (c.op) {
    case 'est':
      return `${s.text} ${est} ${codeText(field, c.value)}`;
    case 'n_est_pas':
      return `${s.text} ${nEst} ${codeText(field, c.value)}`;
    case 'parmi':
      return `${s.text} ${est} ${orList(c.value.map((v) => codeText(field, v)))}`;
    case 'n_est_pas_parmi':
      return c.value.length === 1
        ? `${s.text} ${nEst} ${codeText(field, c.value[0])}`
        : `${s.text} ${s.plural ? 'ne sont' : "n'est"} ${neitherList(c.value.map((v) => codeText(field, v)))}`;
    case 'contient':
      return `${s.text} ${s.plural ? 'contiennent' : 'contient'} « ${c.value} »`;
    case 'renseigne':
      return `${s.text} ${est} ${filled}`;
    case 'non_renseigne':
      return `${s.text} ${nEst} ${filled}`;
    case 'entre': {
      const [a, b] = c.value;
      return date
        ? `${s.text} ${est} entre le ${valueText(field, a)} et le ${valueText(field, b)}`
        : `${s.text} ${est} entre ${valueText(field, a)} et ${valueText(field, b)}`;
    }
    default:
      return date
        ? `${s.text} ${est} ${DATE_WORDS[c.op]} ${valueText(field, c.value)}`
        : `${s.text} ${c.op} ${valueText(field, c.value)}`;
  }
}

/** « ni A ni B », « ni A, ni B, ni C ». */
function neitherList(items: readonly string[]): string {
  return items.length === 2 ? `ni ${items[0]} ni ${items[1]}` : items.map((x) => `ni ${x}`).join(', ');
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

/** The adjective a criterion reads as, if it has one. */
function adjective(c: Criterion): string | undefined {
  const words = ADJECTIVES[c.key];
  if (!words) return undefined;
  if (c.op === 'est') return words[c.value];
  if (c.op !== 'parmi' || c.value.length === 0 || !c.value.every((v) => words[v])) return undefined;
  if (c.key === 'relocation' && c.value.length === 2 && c.value.includes('OUI') && c.value.includes('NON')) {
    return 'à reloger ou relogés';
  }
  return orList(c.value.map((v) => words[v]));
}

/** The French sentence of a set of criteria (AND). No criterion: « Ensemble des ménages ». */
export function criteriaSentence(
  criteria: readonly Criterion[],
  customFields: readonly CustomFieldDef[] = [],
): string {
  const ordered = [
    ...criteria.filter((c) => c.key === 'relocation'),
    ...criteria.filter((c) => c.key !== 'relocation'),
  ];
  const adjectives: string[] = [];
  const clauses: string[] = [];
  for (const c of ordered) {
    const a = adjective(c);
    if (a) adjectives.push(a);
    else clauses.push(`dont ${clause(c, fieldFor(c.key, customFields))}`);
  }
  if (adjectives.length === 0 && clauses.length === 0) return 'Ensemble des ménages';
  const head = ['Ménages', ...adjectives].join(' ');
  if (clauses.length === 0) return head;
  return `${head}${adjectives.length > 0 ? ' et ' : ' '}${clauses.join(' et ')}`;
}
