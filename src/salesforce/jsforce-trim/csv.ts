/**
 * Stands in for csv-parse and csv-stringify in the worker bundle (package.json
 * "alias"): jsforce uses them for the Bulk API and CSV answers, which the worker never asks for.
 */
function refuse(): never {
  throw new Error("CSV (Bulk API) is not part of the extension.");
}

export const parse = refuse;
export const stringify = refuse;
export const Parser = refuse;
