/**
 * Built-in word lists for the synthetic households. Every place, residence, landlord and territory
 * below is invented (the river "Brenne de Sarlande", the agglomeration and its communes do not
 * exist); surnames and first names are common French ones, combined at random, so no row describes
 * a real person.
 */

export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Lefèvre',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Benali',
  'Haddad',
  'Diallo',
  'Traoré',
  'Nguyen',
  'Da Silva',
  'Ferreira',
  'Mendy',
  'Kaci',
  'Belkacem',
] as const;

export const FIRST_NAMES = [
  'Marie',
  'Jean',
  'Nathalie',
  'Philippe',
  'Isabelle',
  'Michel',
  'Sylvie',
  'Alain',
  'Catherine',
  'Patrick',
  'Françoise',
  'Nicolas',
  'Sandrine',
  'Christophe',
  'Valérie',
  'Stéphane',
  'Céline',
  'Laurent',
  'Sophie',
  'Éric',
  'Aurélie',
  'Julien',
  'Émilie',
  'Sébastien',
  'Julie',
  'Thomas',
  'Camille',
  'Kevin',
  'Léa',
  'Mehdi',
  'Fatima',
  'Karim',
  'Aïcha',
  'Mamadou',
  'Awa',
  'Yasmine',
  'Rachid',
  'Nadia',
  'Thi Lan',
  'João',
  'Hélène',
  'Gérard',
  'Monique',
  'Bernard',
  'Josiane',
  'René',
  'Chantal',
  'Inès',
  'Lucas',
  'Manon',
] as const;

export const RESIDENCES = [
  'Résidence Les Tilleuls',
  'Résidence Les Érables',
  'Cité des Peupliers',
  'Résidence Le Clos Fleuri',
  'Résidence Les Glycines',
  'Résidence Belvédère',
  'Cité du Moulin Brûlé',
  'Résidence Les Hirondelles',
  'Résidence La Garenne',
  'Résidence Les Coteaux',
  'Cité Champ-Fleuri',
  'Résidence Les Acacias',
  'Résidence Le Grand Pré',
  'Résidence Les Marronniers',
  'Cité des Lilas',
  'Résidence Le Bois Joli',
] as const;

export const BUILDINGS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

export const STREETS = [
  'allée des Tilleuls',
  'rue des Érables',
  'avenue des Peupliers',
  'rue du Clos Fleuri',
  'square des Glycines',
  'boulevard du Belvédère',
  'chemin du Moulin Brûlé',
  'rue des Hirondelles',
  'allée de la Garenne',
  'rue des Coteaux',
  'place Champ-Fleuri',
  'rue des Acacias',
  'avenue du Grand Pré',
  'allée des Marronniers',
  'rue des Lilas',
  'chemin du Bois Joli',
] as const;

export interface Territory {
  readonly epci: string;
  readonly communes: readonly string[];
}

/** The landlord's agglomeration first (its operations are there), then two territories outside it. */
export const TERRITORIES: readonly Territory[] = [
  {
    epci: "Communauté d'agglomération du Val de Brenne",
    communes: [
      'Brenneville',
      'Saint-Médard-sur-Brenne',
      'Montfleury-les-Étangs',
      'Villers-la-Garenne',
      'Sainte-Aure-du-Val',
    ],
  },
  { epci: 'Sarlande Métropole', communes: ['Sarlande', 'Port-Vérac', 'Les Aubiers-de-Sarlande'] },
  { epci: 'Communauté de communes du Haut-Vérac', communes: ['Lamarzelle-en-Vérac', 'Cornillac-le-Haut'] },
];

export const DISTRICTS = [
  'Les Hauts de Brenne',
  'La Garenne',
  'Le Clos Saint-Jean',
  'Les Coteaux',
  'Champ-Fleuri',
  'La Source',
  'Centre-ville',
  'Les Épinettes',
  'Le Petit Bois',
  'La Croix Blanche',
  'Les Prés Verts',
  'Le Plateau',
] as const;

export const SOCIAL_LANDLORDS = [
  'Brenne Habitat (OPH)',
  'SA HLM Les Foyers du Val',
  'Sarlande Logement',
  'Coopérative Toit Commun',
] as const;
/** The landlord in charge of the relocation: most households are rehoused in its own stock. */
export const MAIN_LANDLORD = SOCIAL_LANDLORDS[0];
export const PRIVATE_LANDLORDS = [
  'Propriétaire privé',
  'Agence des Trois Ponts',
  'SCI Les Cerisiers',
] as const;
export const OWNERSHIP_OPERATORS = ["Coop'Accession du Val", 'Brenne Habitat (accession sociale)'] as const;
export const OTHER_PARK_MANAGERS = [
  'Résidence sociale Les Cèdres',
  'Foyer-logement Les Aubépines',
  'Pension de famille du Val',
] as const;

export const HOUSEHOLD_COMMENTS = [
  'Loyer avant : garage compris.',
  'Charges mixtes (chauffage individuel, eau collective).',
  "Attente d'un logement adapté (rez-de-chaussée).",
  "Souhaite rester près de l'école des enfants.",
  'Animal de compagnie.',
] as const;

export const OPERATION_NOTES = [
  'Démolition inscrite à la convention ANRU.',
  'Relogement coordonné avec la ville.',
  'Bâtiment muré au fur et à mesure des départs.',
] as const;
