/**
 * sObject describe and global describe. Picklists for Case.Status and
 * Opportunity.StageName are read from CaseStatus / OpportunityStage records, as a real
 * org builds them.
 */
import type { FieldDef, ObjectDef, OrgSchema } from "../schema";
import { isAggregatable, isFilterable, isGroupable, isSortable } from "../soql/field-capabilities";
import type { OrgStore } from "../store";

const SOAP: Record<string, string> = {
  id: "tns:ID",
  reference: "tns:ID",
  boolean: "xsd:boolean",
  datetime: "xsd:dateTime",
  date: "xsd:date",
  time: "xsd:time",
  currency: "xsd:double",
  double: "xsd:double",
  int: "xsd:int",
};

const MASTER_RECORD_TYPE = "012000000000000AAA";

function urls(def: ObjectDef, version: string) {
  const base = `/services/data/v${version}/sobjects/${def.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

function describeField(store: OrgStore, f: FieldDef) {
  return {
    aggregatable: isAggregatable(f),
    autoNumber: f.autoNumber,
    byteLength: f.length * 3,
    calculated: f.calculated && !["Id", "CreatedDate", "CreatedById", "LastModifiedDate", "LastModifiedById", "SystemModstamp", "IsDeleted", "CaseNumber"].includes(f.name),
    caseSensitive: false,
    createable: f.createable,
    custom: f.custom,
    defaultValue: f.type === "boolean" ? false : null,
    defaultedOnCreate: f.type === "boolean" || ["Id", "OwnerId", "CreatedDate", "CreatedById", "LastModifiedDate", "LastModifiedById", "SystemModstamp", "CaseNumber", "Status"].includes(f.name),
    dependentPicklist: false,
    deprecatedAndHidden: false,
    digits: f.type === "int" ? 9 : 0,
    externalId: false,
    filterable: isFilterable(f),
    groupable: isGroupable(f),
    htmlFormatted: false,
    idLookup: f.name === "Id" || f.name === "CaseNumber" || f.name === "Username" || f.name === "Email",
    inlineHelpText: null,
    label: f.label,
    length: ["id", "reference", "string", "textarea", "picklist", "email", "phone", "url"].includes(f.type) ? f.length : 0,
    name: f.name,
    nameField: f.nameField,
    namePointing: f.type === "reference" && f.polymorphic,
    nillable: f.nillable,
    picklistValues: f.type === "picklist" ? store.picklistValues(f) : [],
    polymorphicForeignKey: f.type === "reference" && f.polymorphic,
    precision: f.precision ?? 0,
    referenceTo: f.referenceTo ?? [],
    relationshipName: f.relationshipName ?? null,
    relationshipOrder: null,
    restrictedPicklist: f.type === "picklist",
    scale: f.scale ?? 0,
    soapType: SOAP[f.type] ?? "xsd:string",
    sortable: isSortable(f),
    type: f.type,
    unique: false,
    updateable: f.updateable,
  };
}

function recordTypeInfos(store: OrgStore, def: ObjectDef, version: string) {
  const layout = (id: string) => ({ layout: `/services/data/v${version}/sobjects/${def.name}/describe/layouts/${id}` });
  const types = store.rows("RecordType").filter((r) => r.SobjectType === def.name && r.IsActive !== false);
  const infos = types.map((r, i) => ({
    active: true,
    available: true,
    defaultRecordTypeMapping: i === 0,
    developerName: String(r.DeveloperName),
    master: false,
    name: String(r.Name),
    recordTypeId: String(r.Id),
    urls: layout(String(r.Id)),
  }));
  infos.push({ active: true, available: true, defaultRecordTypeMapping: infos.length === 0, developerName: "Master", master: true, name: "Master", recordTypeId: MASTER_RECORD_TYPE, urls: layout(MASTER_RECORD_TYPE) });
  return infos;
}

function basics(def: ObjectDef, version: string) {
  return {
    activateable: false,
    createable: def.createable,
    custom: false,
    customSetting: false,
    deletable: def.deletable,
    deprecatedAndHidden: false,
    feedEnabled: false,
    hasSubtypes: false,
    isSubtype: false,
    keyPrefix: def.keyPrefix,
    label: def.label,
    labelPlural: def.labelPlural,
    layoutable: def.createable,
    mergeable: false,
    mruEnabled: def.createable,
    name: def.name,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: def.createable,
    triggerable: def.createable,
    undeletable: def.deletable,
    updateable: def.updateable,
    urls: urls(def, version),
  };
}

export function describeSObject(store: OrgStore, def: ObjectDef, version: string) {
  return {
    ...basics(def, version),
    actionOverrides: [],
    childRelationships: def.childRelationships.map((r) => ({
      cascadeDelete: r.relationshipName === "Histories",
      childSObject: r.childSObject,
      deprecatedAndHidden: false,
      field: r.field,
      junctionIdListNames: [],
      junctionReferenceTo: [],
      relationshipName: r.relationshipName,
      restrictedDelete: false,
    })),
    fields: def.fields.map((f) => describeField(store, f)),
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    recordTypeInfos: recordTypeInfos(store, def, version),
    supportedScopes: [{ label: "All", name: "everything" }],
  };
}

export function globalDescribe(schema: OrgSchema, version: string) {
  return { encoding: "UTF-8", maxBatchSize: 200, sobjects: schema.objects().map((d) => basics(d, version)) };
}

export function sobjectBasicInfo(def: ObjectDef, version: string) {
  return { objectDescribe: basics(def, version), recentItems: [] };
}
