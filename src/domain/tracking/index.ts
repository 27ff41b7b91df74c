/** Suivi dans le temps: points d'étape, relances, taux de remplissage, empreintes, historique, clôtures. */
export * from './milestones';
export * from './reminders';
export * from './completeness';
export * from './fingerprint';
export * from './history';
export * from './watchedCells';
export * from './snapshot';
export * from './indicators';
export * from './indicatorSources';
