/**
 * Synthetic households for tests, the demo, the CLI (`rime sample`) and the bench.
 *
 * `generateSample({ households, operations = 4, errors = 0, seed = 1, today })` returns the
 * liste_opération rows, the household rows (input columns only, cell values as Office.js returns
 * them) and the list of injected errors. Same options ⇒ identical output (`today` included: it
 * defaults to the current date, so pass it when output must not change from one day to the next).
 *
 * RULES GUARANTEED on every row when errors = 0 (the injected errors each break exactly one of them;
 * errors.ts says which). "Blank" = ''.
 *  R1  Every code cell holds a code of its catalogue list: numbers for numeric lists (pièces,
 *      plafonds, ancienneté), strings otherwise; Opération holds a generated operation name (R19).
 *  R2  Number, amount, integer and date cells hold numbers (never text) or are blank. Integers are
 *      integers; dates are whole Excel serial numbers.
 *  R3  Amounts ≥ 0 wherever filled. Always filled: RNI (> 0), salaires (> 0). Prestations familiales
 *      0, > 0 or blank (blank counts as 0); ressources = salaires + prestations > 0 on every row.
 *  R4  Surface > 0 (always filled); surface après > 0 when filled.
 *  R5  Âge du chef de ménage: integer 18–95 (the checks accept 16–110).
 *  R6  Structure vs enfants: M, CE, MH, CEH ⇒ enfants ≥ 1; I, C, IH, CH ⇒ enfants = 0.
 *  R7  Structure vs hébergés: IH, CH, MH, CEH ⇒ hébergés ≥ 1; I, C, M, CE ⇒ hébergés = 0.
 *  R8  Occupants = adults of the structure (1 for I, M, IH, MH; 2 for C, CE, CH, CEH) + enfants + hébergés.
 *  R9  0 ≤ enfants majeurs ≤ enfants.
 *  R10 APL ≤ quittance (loyer + charges). Loyer, charges, nature des charges are filled on every row
 *      but décohabitations (statut antérieur D), where loyer, charges, nature des charges and APL are
 *      blank (no rent of their own). APL is > 0, 0 or blank. Effort rate ≤ 45 %: quittance − APL ≤
 *      0.45 × ressources (so never above 100 %).
 *  R11 APL après ≤ quittance après (loyer après + charges après) when relocated; effort rate après
 *      ≤ 45 % as in R10.
 *  R12 Relogement OUI ⇒ date du déménagement filled.
 *  R13 Relogement NON, D or A ⇒ date du déménagement blank.
 *  R14 Relogement OUI ⇒ filled: pièces après, surface après, statut d'occupation, nature du logement,
 *      commune, quartier, bailleur relogeur, ZUS, localisation, loyer après, charges après, nature des
 *      charges après, type de relogement, accompagnement social, accepté/refusé = A; financement
 *      unless statut AP or A; âge du bâti only for statut PS; réservataire unless statut AP; APL après
 *      > 0, 0 or blank. Nombre de propositions ≥ 1.
 *      NON, D, A ⇒ every "après" column blank (pièces après … APL après, type de relogement), and:
 *      NON ⇒ accompagnement social filled, accepté/refusé blank or R (refused proposal, needs ≥ 1
 *      proposition); D, A ⇒ accompagnement social and accepté/refusé blank.
 *  R15 Date du déménagement ≤ today.
 *  R16 Date du déménagement ≥ the operation's start date (in fact ≥ start + 30 days). Also ≤ the
 *      operation's end date, which is no §4 rule: futureMoveDate keeps that when a relocated row of a
 *      running operation exists, else its date is after the end date too.
 *  R17 Localisation SIT / HSIT ⇒ commune de relogement = the operation's commune (SIT: same quartier,
 *      HSIT: another quartier); AGGLO ⇒ another commune of the operation's EPCI; HAGL ⇒ a commune
 *      outside it. SIT ⇒ ZUS = Z.
 *  R18 (N° d'identification, N° de demande) unique; N° are integers ≥ 1. N° de demande 1 for a first
 *      request (statut antérieur T or H); 2 for a décohabitation (statut antérieur D), whose household
 *      also has its request 1 (same nom, adresse, opération, pièces and surface).
 *  R19 Opération ∈ the generated operations' names.
 *  R20 Statut d'occupation après vs financement / âge du bâti: PS ⇒ financement ∈ {PLAI, PLUS,
 *      PLUS CD, PLA, PLS, HLMO, AS} and âge du bâti filled (CN, C-5 ⇒ PLAI, PLUS, PLUS CD, PLS; AA-5 ⇒
 *      PLAI, PLUS; others ⇒ PLA, HLMO, PLUS, PLAI, AS); LL ⇒ financement ∈ {PLI, AI}; AP ⇒ no
 *      financement, no réservataire; A ⇒ no financement. Type de relogement T or TN ⇒ statut PS with
 *      âge du bâti not CN, C-5, AA-5; every other relocation is D.
 * Operations: unique names (never "Tout"); start ≤ today − 540 days; end ≥ start + 4 years; an
 * operation whose end date has passed has no household left with Relogement NON; Nombre de ménages
 * à reloger = its rows; logements à démolir = its distinct N° + vacants; vacants ≥ 0.
 */
import { serialFromDate } from '../domain/dates';
import { householdsNeeded, injectErrors } from './errors';
import { generateRow } from './household';
import { planOperations, splitRows, toRawOperation } from './operations';
import { Rng } from './random';
import type { RawHouseholdRow, RawOperation, Sample, SampleOptions } from './types';

/** Share of first requests followed by a décohabitation request (N° de demande 2). */
const DECOHABITATION_RATE = 0.06;

function checkCount(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`Échantillon : « ${name} » doit être un nombre entier ≥ ${min} (reçu ${value}).`);
  }
  return value;
}

export function generateSample(options: SampleOptions): Sample {
  const households = checkCount('households', options.households, 0);
  const operationCount = checkCount('operations', options.operations ?? 4, 1);
  const errors = checkCount('errors', options.errors ?? 0, 0);
  const today = options.today ?? serialFromDate(new Date());
  checkCount('today', today, 5000);
  const rng = Rng.seeded(options.seed ?? 1);
  // Injection draws from its own stream: the coherent rows are the same with or without errors.
  const injectionRng = rng.fork();

  const plans = planOperations(rng, operationCount, today);
  const counts = splitRows(rng, households, operationCount);
  const rows: RawHouseholdRow[] = new Array(households);
  const withDecohabitant = new Set<number>();
  const operations: RawOperation[] = [];
  let n = 0;
  let id = 0;
  plans.forEach((op, j) => {
    let left = counts[j];
    let families = 0;
    while (left > 0) {
      id++;
      families++;
      const first = generateRow(rng, { householdId: id, requestNo: 1, op }, today);
      rows[n++] = first;
      left--;
      if (left > 0 && rng.chance(DECOHABITATION_RATE)) {
        rows[n++] = generateRow(rng, { householdId: id, requestNo: 2, op, parent: first }, today);
        withDecohabitant.add(id);
        left--;
      }
    }
    operations.push(toRawOperation(op, counts[j], families));
  });

  if (errors > 0 && householdsNeeded(errors) > id) {
    throw new RangeError(
      `Échantillon : ${errors} erreurs demandent au moins ${householdsNeeded(errors)} ménages distincts (${id} générés).`,
    );
  }
  const plansByName = new Map(plans.map((p) => [p.name, p]));
  const injected =
    errors > 0
      ? injectErrors(injectionRng, errors, { rows, plans: plansByName, today, withDecohabitant })
      : [];
  return { operations, rows, injected };
}
