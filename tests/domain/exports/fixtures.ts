/** Households carrying distinctive fake personal values, to hunt for them in the exports. */
import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import { parseRow } from '../../../src/domain/household/parse';
import type { Household } from '../../../src/domain/household/types';

export const CUSTOM_FIELDS: readonly CustomFieldDef[] = [
  { key: 'custom:telephone', label: 'Téléphone du ménage', type: 'text', help: '', personal: true },
  { key: 'custom:aide', label: 'Montant aide exceptionnelle', type: 'amount', help: '', personal: true },
  { key: 'custom:suivi', label: 'Suivi MOUS', type: 'list', help: '', personal: false, codes: [{ code: 'OUI', label: 'Oui' }, { code: 'NON', label: 'Non' }] },
];

/** Every personal value of the source: none may leave in the ANRU or the anonymised export. */
export const SECRETS = {
  lastName: ['Zorglubowski', 'Quetzalcoatlidès'],
  firstName: ['Théoxandrine', 'Brunehildegarde'],
  address: ['17 impasse des Hiboux-Secrets', '3 allée Invisible-Nord'],
  comments: ['Dette de loyer signalée au CCAS', 'Violences conjugales suivies'],
  telephone: ['06 98 76 54 32', '07 11 22 33 44'],
  aid: [98765.4321, 12345.6789],
};

/** Household numbers (pseudonymous): kept by the ANRU export, replaced in the anonymised one. */
export const HOUSEHOLD_IDS = [918273, 918273, 564738];

function make(i: number, fields: Record<string, string | number>): Household {
  return parseRow(fields, { row: i + 2, params: { smic: 1400 }, customFields: CUSTOM_FIELDS }).household;
}

export const HOUSEHOLDS: readonly Household[] = [
  make(0, {
    householdId: HOUSEHOLD_IDS[0], requestNo: 1, operation: 'Tour A', lastName: SECRETS.lastName[0], firstName: SECRETS.firstName[0],
    address: SECRETS.address[0], comments: SECRETS.comments[0], 'custom:telephone': SECRETS.telephone[0], 'custom:aide': SECRETS.aid[0],
    'custom:suivi': 'OUI', rooms: 4, roomsAfter: 3, rent: 310.5, salaries: 1200, relocation: 'OUI', moveDate: 45123, tenureAfter: 'PS',
    relocationCommune: 'Villeurbanne',
  }),
  make(1, {
    householdId: HOUSEHOLD_IDS[1], requestNo: 2, operation: 'Tour A', lastName: SECRETS.lastName[0], firstName: SECRETS.firstName[1],
    address: SECRETS.address[0], comments: SECRETS.comments[1], 'custom:telephone': SECRETS.telephone[1], priorStatus: 'D', relocation: 'NON',
  }),
  make(2, {
    householdId: HOUSEHOLD_IDS[2], requestNo: 1, operation: 'Tour B', lastName: SECRETS.lastName[1], address: SECRETS.address[1],
    'custom:aide': SECRETS.aid[1], ceilings: 2, relocation: 'D',
  }),
];
