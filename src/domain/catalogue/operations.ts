/** The `liste_opération` sheet: one row per physical operation, plus the first row "Tout" (reference §2). */
import { col, FORMATS } from './columnFactory';

export const OPERATION_SHEET = 'liste_opération';
export const OPERATION_TABLE = 'Tableau_operations';
/** Label of the consolidated first row. */
export const ALL_OPERATIONS = 'Tout';

export const OPERATION_COLUMNS = [
  col('name', "Nom de l'opération", 'general', 'text', {
    required: true, width: 160, help: "Intitulé de l'opération de relogement (bâtiment, unité de la FAT).",
  }),
  col('commune', 'Commune', 'general', 'text', {
    width: 110, help: "Commune concernée par l'opération. Toujours la même orthographe.",
  }),
  col('district', 'Quartier', 'general', 'text', { width: 110, help: 'Toujours la même orthographe.' }),
  col('epci', 'EPCI', 'general', 'text', { width: 110, help: "Nom de l'EPCI. Toujours la même orthographe." }),
  col('householdsToRelocate', "Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés)", 'general', 'integer', {
    min: 0, width: 110, help: 'Ménages à reloger au démarrage, décohabitants et hébergés compris.',
    aliases: ['Nombre de ménages à reloger', "Nombre de ménages à reloger au démarrage de l'opération (y compris décohab. ou hébergés)"],
  }),
  col('dwellingsToDemolish', 'Nombre de logements à démolir', 'general', 'integer', { min: 0, width: 90, help: 'Saisir un nombre.' }),
  col('vacantDwellings', 'Nombre de logements vacants', 'general', 'integer', {
    min: 0, width: 90, help: "Au démarrage de l'opération.",
  }),
  col('startDate', "Date de début de l'opération", 'general', 'date', {
    width: 90,
    help: "Au sens de l'ANRU : date de prise en considération du dossier d'intention de démolir, ou à défaut décision officielle du comité de pilotage validée par le préfet (une délibération du conseil municipal convient aussi).",
    aliases: ["Date de début de l'opération de relogement"],
  }),
  col('endDate', "Date de fin de l'opération", 'general', 'date', {
    width: 90, help: 'Jour, mois, année.', aliases: ["Date de fin de l'opération de relogement"],
  }),
  col('relocatedCount', 'Nombre de ménages relogés', 'general', 'derived', {
    result: 'integer', width: 90, decisions: ['D-OPCOUNTS'], help: 'Calculé par le complément d\'après les ménages (Relogement = OUI) : ne rien saisir.',
  }),
  col('lastRelocation', 'Date du dernier relogement', 'general', 'derived', {
    result: 'number', width: 90, numberFormat: FORMATS.date, decisions: ['D-OPCOUNTS'],
    help: 'Calculée par le complément : date du déménagement la plus récente des ménages relogés.',
  }),
  col('notes', 'Observations', 'general', 'text', { width: 200, help: 'Texte libre.', aliases: ['Observation'] }),
] as const;

export type OperationColumn = (typeof OPERATION_COLUMNS)[number];
export type OperationKey = OperationColumn['key'];
