/**
 * Stands in for xml2js in the worker bundle (package.json "alias"). jsforce parses
 * XML only for SOAP and Metadata answers; the worker asks for JSON (REST and
 * Composite) only, so an XML answer is a surprise worth a clear error, not a parser.
 */
function refuse(): never {
  throw new Error("Salesforce answered XML; the extension reads JSON answers only.");
}

export default { parseStringPromise: async (): Promise<never> => refuse(), Parser: refuse, Builder: refuse };
