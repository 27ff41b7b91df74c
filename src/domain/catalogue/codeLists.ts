import type { CodeList } from './types';

/** Every code list of the household table, defined once (reference §3, GUIDE-NOTES §2(a)). */
const ROOMS: CodeList = {
  id: 'rooms',
  numeric: true,
  codes: [
    { code: '1', label: 'T1 ou T1bis', short: '1 pièce' },
    { code: '2', label: 'T2', short: '2 pièces' },
    { code: '3', label: 'T3', short: '3 pièces' },
    { code: '4', label: 'T4', short: '4 pièces' },
    { code: '5', label: 'T5', short: '5 pièces' },
    { code: '6', label: 'T6 ou plus', short: '6 pièces et plus' },
  ],
  aliases: { T1: '1', T1BIS: '1', T2: '2', T3: '3', T4: '4', T5: '5', T6: '6', 'T6+': '6', 'T6 OU PLUS': '6' },
};

const CHARGES: CodeList = {
  id: 'charges',
  numeric: false,
  codes: [
    { code: 'I', label: 'Charges individuelles', short: 'Individuelles' },
    { code: 'C', label: 'Charges collectives', short: 'Collectives' },
  ],
};

const PRIOR_STATUS: CodeList = {
  id: 'priorStatus',
  numeric: false,
  codes: [
    { code: 'T', label: 'Titulaire de bail' },
    { code: 'D', label: 'Décohabitation', short: 'Décohabitants' },
    { code: 'H', label: 'Hébergé', short: 'Hébergés' },
  ],
};

const FAMILY: CodeList = {
  id: 'family',
  numeric: false,
  codes: [
    { code: 'I', label: 'Personne seule' },
    { code: 'C', label: 'Couple sans enfant' },
    { code: 'M', label: 'Monoparentale' },
    { code: 'CE', label: 'Couple avec enfant(s)' },
    { code: 'IH', label: 'Personne seule + hébergés' },
    { code: 'CH', label: 'Couple sans enfant + hébergés' },
    { code: 'MH', label: 'Monoparentale + hébergés' },
    { code: 'CEH', label: 'Couple avec enfant(s) + hébergés' },
  ],
};

const JOB: CodeList = {
  id: 'job',
  numeric: false,
  codes: [
    { code: 'ES', label: 'Emploi stable', short: 'Emplois stables' },
    { code: 'EP', label: 'Emploi précaire', short: 'Emplois précaires' },
    { code: 'RE', label: "Recherche d'emploi" },
    { code: 'RET', label: 'Retraite' },
    { code: 'A', label: 'Autres' },
  ],
};

const RESOURCE_TYPE: CodeList = {
  id: 'resourceType',
  numeric: false,
  codes: [
    { code: 'S', label: 'Salaires' },
    { code: 'S+R', label: 'Salaires et RMI (RSA)', short: 'Salaires et RMI' },
    { code: 'S+P', label: 'Salaires et prestations familiales', short: 'Salaires et Prestations familiales' },
    { code: 'S+P+R', label: 'Salaires, prestations familiales et RMI (RSA)', short: 'Salaires et Prest. familiales et RMI' },
    { code: 'R', label: 'RMI (RSA)', short: 'RMI' },
    { code: 'R+P', label: 'RMI (RSA) et prestations familiales', short: 'RMI et Prestations familiales' },
    { code: 'P', label: 'Prestations familiales' },
  ],
};

const CEILINGS: CodeList = {
  id: 'ceilings',
  numeric: true,
  codes: [
    { code: '1', label: '< 60 % des plafonds PLUS' },
    { code: '2', label: 'Entre 60 et 100 % des plafonds PLUS', short: 'Entre 60 et 100 % des plaf. PLUS' },
    { code: '3', label: '> 100 % des plafonds PLUS' },
  ],
};

const SENIORITY: CodeList = {
  id: 'seniority',
  numeric: true,
  codes: [
    { code: '1', label: "Moins d'un an" },
    { code: '2', label: '1-5 ans' },
    { code: '3', label: '5-10 ans' },
    { code: '4', label: '10-15 ans' },
    { code: '5', label: 'Plus de 15 ans' },
  ],
};

const TENURE_AFTER: CodeList = {
  id: 'tenureAfter',
  numeric: false,
  codes: [
    { code: 'PS', label: 'Parc social', decision: 'D-CODES' },
    { code: 'LL', label: 'Locatif libre (parc privé)', short: 'Locatif libre', decision: 'D-CODES' },
    { code: 'AP', label: 'Accession à la propriété' },
    { code: 'A', label: 'Autres parcs' },
  ],
};

const DWELLING: CodeList = {
  id: 'dwelling',
  numeric: false,
  codes: [
    { code: 'I', label: 'Logement individuel', short: 'Individuel' },
    { code: 'C', label: 'Logement collectif', short: 'Collectif' },
  ],
};

const FINANCING: CodeList = {
  id: 'financing',
  numeric: false,
  codes: [
    { code: 'PLAI', label: 'PLAI' },
    { code: 'PLUS', label: 'PLUS' },
    { code: 'PLUS CD', label: 'PLUS CD' },
    { code: 'PLA', label: 'PLA' },
    { code: 'PLS', label: 'PLS' },
    { code: 'PLI', label: 'PLI' },
    { code: 'HLMO', label: 'HLMO' },
    { code: 'AS', label: 'Autres social', decision: 'D-CODES' },
    { code: 'AI', label: 'Autres intermédiaires', decision: 'D-CODES' },
  ],
  aliases: { PLUSCD: 'PLUS CD', 'PLUS-CD': 'PLUS CD' },
};

const BUILDING_AGE: CodeList = {
  id: 'buildingAge',
  numeric: false,
  codes: [
    { code: 'CN', label: 'Logt social neuf 1re livraison' },
    { code: 'C-5', label: 'Logt social de -5 ans' },
    { code: 'CR-5', label: 'Logt social réhabilité -5 ans', short: 'Log. social réhabilité -5 ans' },
    { code: 'CR+5', label: 'Logt social réhabilité +5 ans', short: 'Log. social réhabilité +5 ans' },
    { code: 'CNR+5', label: 'Logt social non réhabilité +5 ans', short: 'Log. social non réhabilité +5 ans' },
    { code: 'RD5', label: 'Lgt social réhab. dans 5 ans', decision: 'D-RD5' },
    { code: 'AA-5', label: 'Conventionné en acquisition-amélioration de moins de 5 ans', short: 'Acquisition-amélioration -5 ans', decision: 'D-AA5' },
  ],
};

const ZUS: CodeList = {
  id: 'zus',
  numeric: false,
  codes: [
    { code: 'Z', label: 'En ZUS / QPV', short: 'ZUS / QPV' },
    { code: 'HZ', label: 'Hors ZUS / QPV', short: 'Hors ZUS / QPV' },
  ],
};

const LOCATION: CodeList = {
  id: 'location',
  numeric: false,
  codes: [
    { code: 'SIT', label: 'Relogement sur site', short: 'Relogt sur site' },
    { code: 'HSIT', label: 'Relogement hors site dans la commune', short: 'Relogt hors site dans commune', decision: 'D-CODES' },
    { code: 'AGGLO', label: "Relogement hors commune dans l'agglomération", short: 'Relogt hors commune dans Agglo' },
    { code: 'HAGL', label: 'Relogement hors agglomération', short: 'Relogement hors Agglo' },
  ],
};

const RESERVATION: CodeList = {
  id: 'reservation',
  numeric: false,
  codes: [
    { code: 'PREF', label: 'Contingent préfecture' },
    { code: 'FONC', label: 'Fonctionnaires préfecture et assimilés', short: 'Fonct. préf. et assimilés' },
    { code: 'VILLE', label: 'Ville' },
    { code: 'EPCI', label: 'EPCI' },
    { code: 'B', label: 'Bailleur' },
    { code: '1%', label: '1 % logement (Action Logement)', short: '1 % logement' },
    { code: 'AR', label: 'Autres réservataires' },
  ],
  // Excel turns a typed "1%" into the number 0.01 unless the cell is formatted as text.
  aliases: { '0.01': '1%', '1 %': '1%', 'ACTION LOGEMENT': '1%' },
};

const RELOCATION: CodeList = {
  id: 'relocation',
  numeric: false,
  codes: [
    { code: 'OUI', label: 'Ménage relogé' },
    { code: 'NON', label: 'Ménage non relogé (encore à reloger)', short: 'Ménage à reloger' },
    { code: 'D', label: 'Départ spontané (parti de lui-même)', short: 'Départs spontanés' },
    { code: 'A', label: 'Autres (décès, expulsion…)', short: 'Autres' },
  ],
};

const YES_NO: CodeList = {
  id: 'yesNo',
  numeric: false,
  codes: [
    { code: 'OUI', label: 'Oui' },
    { code: 'NON', label: 'Non' },
  ],
  aliases: { O: 'OUI', N: 'NON' },
};

const RELOCATION_TYPE: CodeList = {
  id: 'relocationType',
  numeric: false,
  codes: [
    { code: 'T', label: 'Logement tiroir (cas spécifiques)', short: 'Relogement tiroir (cas spécifiques)', decision: 'D-CODES' },
    { code: 'D', label: 'Logement définitif', short: 'Relogement définitif' },
    { code: 'TN', label: "Logement temporaire en attente d'un relogement dans du neuf", short: 'Relogement temporaire' },
  ],
};

const ACCEPTANCE: CodeList = {
  id: 'acceptance',
  numeric: false,
  codes: [
    { code: 'A', label: 'Relogement accepté', short: 'Accepté', decision: 'D-CODES' },
    { code: 'R', label: 'Relogement refusé', short: 'Refusé' },
  ],
};

export const CODE_LISTS: readonly CodeList[] = [
  ROOMS, CHARGES, PRIOR_STATUS, FAMILY, JOB, RESOURCE_TYPE, CEILINGS, SENIORITY, TENURE_AFTER, DWELLING,
  FINANCING, BUILDING_AGE, ZUS, LOCATION, RESERVATION, RELOCATION, YES_NO, RELOCATION_TYPE, ACCEPTANCE,
];

const BY_ID = new Map(CODE_LISTS.map((l) => [l.id, l]));

export function codeList(id: string): CodeList {
  const list = BY_ID.get(id);
  if (!list) throw new Error(`Liste de codes inconnue : ${id}`);
  return list;
}

/** The French meaning of a code, or undefined when the code is not in the list. */
export function codeLabel(listId: string, code: string): string | undefined {
  return codeList(listId).codes.find((c) => c.code === code)?.label;
}
