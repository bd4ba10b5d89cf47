// A chunk of the Lambda bundle, loaded by the first call of one of its routes (routes/lazy.ts): spreadsheet
// imports and exports, apart because their xlsx and zip code is the largest a route needs, and the import
// job services.
export { importRoutes } from '../routes/imports.ts';
export { createImportServices } from '../services/imports.ts';
