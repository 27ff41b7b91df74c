/** « Insérer un nouveau champ de saisie » and the stored definitions of the user fields. */
export { addCustomField, readCustomFields, type AddFieldOptions, type AddFieldReport } from './add';
export { checkCodes, checkFieldName, checkFieldType, type FieldErrorCode } from './name';
export { decodeFields, encodeField, withDefinitions, FIELDS_SHEET, FIELD_HEADERS, TYPE_WORDS, type StoredField } from './store';
export { fieldFormat, fieldValidation, listBlock, variablesRow } from './plan';
