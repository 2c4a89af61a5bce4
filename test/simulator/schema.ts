/**
 * How an org's metadata is described (see ORG-SCHEMA.md). Every seed brings its own
 * OrgSchema (standard objects from ./standard-objects plus its custom fields), and
 * describe, SOQL validation and write validation all read the store's schema: a field
 * the seed's org doesn't have is missing everywhere, as it would be in a real org.
 */

export type FieldType =
  | "id"
  | "string"
  | "textarea"
  | "picklist"
  | "reference"
  | "boolean"
  | "datetime"
  | "date"
  | "time"
  | "currency"
  | "double"
  | "int"
  | "email"
  | "phone"
  | "url";

/** Where a picklist's values come from: a fixed list or, like Case.Status, records of another object. */
export type PicklistSource = readonly string[] | "CaseStatus" | "OpportunityStage";

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  length: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  /** Computed by the store (formula, auto number, system audit field, automation). */
  calculated: boolean;
  custom: boolean;
  nameField: boolean;
  autoNumber: boolean;
  picklist?: PicklistSource;
  referenceTo?: string[];
  relationshipName?: string;
  /** A polymorphic lookup (Case.Owner, Task.What): its relationship is the "Name" entity. */
  polymorphic: boolean;
  /** For reference fields: the child relationship name on each parent type. */
  childRelationship?: Record<string, string>;
  /** Required on create (non-nillable without default). */
  required: boolean;
  precision?: number;
  scale?: number;
}

export interface ChildRelationshipDef {
  relationshipName: string;
  childSObject: string;
  field: string;
}

/** An object as a seed declares it; OrgSchema adds the lookup maps and child relationships. */
export interface ObjectSpec {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  /** Allowed as the inner object of a semi-join (SOQL refuses Task, Event, Note, ... there). */
  semiJoinable?: boolean;
  fields: FieldDef[];
}

export interface ObjectDef extends ObjectSpec {
  semiJoinable: boolean;
  fieldsByLower: Map<string, FieldDef>;
  relationshipsByLower: Map<string, FieldDef>;
  childRelationships: ChildRelationshipDef[];
}

export type FieldOpts = Partial<Omit<FieldDef, "name" | "type">> & { ref?: string | string[]; child?: string | Record<string, string> };

function labelFor(name: string): string {
  const base = name.replace(/__c$/, "").replace(/_/g, " ");
  const spaced = base.replace(/([a-z])([A-Z])/g, "$1 $2");
  return spaced.replace(/ Id$/, " ID");
}

const LENGTHS: Partial<Record<FieldType, number>> = {
  id: 18,
  reference: 18,
  string: 255,
  textarea: 32000,
  picklist: 255,
  email: 80,
  phone: 40,
  url: 255,
};

/** One field; a name ending in __c is custom. Defaults follow what describe shows for such a field. */
export function field(name: string, type: FieldType, opts: FieldOpts = {}): FieldDef {
  const calculated = opts.calculated ?? false;
  const refTo = opts.ref === undefined ? undefined : Array.isArray(opts.ref) ? opts.ref : [opts.ref];
  let childRelationship: Record<string, string> | undefined;
  if (typeof opts.child === "string" && refTo) childRelationship = Object.fromEntries(refTo.map((t) => [t, opts.child as string]));
  else if (opts.child && typeof opts.child === "object") childRelationship = opts.child;
  const def: FieldDef = {
    name,
    label: opts.label ?? labelFor(name),
    type,
    length: opts.length ?? LENGTHS[type] ?? 0,
    nillable: opts.nillable ?? !(type === "boolean" || type === "id"),
    createable: opts.createable ?? !calculated,
    updateable: opts.updateable ?? !calculated,
    calculated,
    custom: name.endsWith("__c"),
    nameField: opts.nameField ?? false,
    autoNumber: opts.autoNumber ?? false,
    polymorphic: opts.polymorphic ?? false,
    required: opts.required ?? false,
  };
  if (opts.picklist) def.picklist = opts.picklist;
  if (refTo) {
    def.referenceTo = refTo;
    def.relationshipName = opts.relationshipName ?? (name.endsWith("__c") ? name.replace(/__c$/, "__r") : name.replace(/Id$/, ""));
  }
  if (childRelationship) def.childRelationship = childRelationship;
  if (type === "currency" || type === "double") {
    def.precision = opts.precision ?? 18;
    def.scale = opts.scale ?? 2;
  }
  return def;
}

/** The audit fields most objects carry. */
export const systemFields = (): FieldDef[] => [
  field("Id", "id", { calculated: true, nillable: false, label: "Record ID" }),
  field("IsDeleted", "boolean", { calculated: true, label: "Deleted" }),
  field("CreatedDate", "datetime", { calculated: true, nillable: false }),
  field("CreatedById", "reference", { calculated: true, ref: "User", nillable: false, label: "Created By ID" }),
  field("LastModifiedDate", "datetime", { calculated: true, nillable: false }),
  field("LastModifiedById", "reference", { calculated: true, ref: "User", nillable: false, label: "Last Modified By ID" }),
  field("SystemModstamp", "datetime", { calculated: true, nillable: false, label: "System Modstamp" }),
];

/** One org's objects, looked up case-insensitively like the API does. */
export class OrgSchema {
  private readonly byName = new Map<string, ObjectDef>();
  private readonly byLower = new Map<string, ObjectDef>();

  constructor(objects: readonly ObjectSpec[]) {
    for (const o of objects) {
      const def: ObjectDef = {
        ...o,
        semiJoinable: o.semiJoinable ?? true,
        fieldsByLower: new Map(o.fields.map((x) => [x.name.toLowerCase(), x])),
        relationshipsByLower: new Map(o.fields.filter((x) => x.relationshipName).map((x) => [x.relationshipName!.toLowerCase(), x])),
        childRelationships: [],
      };
      if (this.byName.has(o.name)) throw new Error(`schema: object ${o.name} declared twice`);
      if (def.fieldsByLower.size !== o.fields.length) throw new Error(`schema: ${o.name} declares a field twice`);
      this.byName.set(o.name, def);
      this.byLower.set(o.name.toLowerCase(), def);
    }
    for (const o of this.byName.values()) {
      for (const f of o.fields) {
        for (const [parent, relationshipName] of Object.entries(f.childRelationship ?? {})) {
          this.byName.get(parent)?.childRelationships.push({ relationshipName, childSObject: o.name, field: f.name });
        }
      }
    }
  }

  objectDef(name: string): ObjectDef | undefined {
    return this.byLower.get(name.toLowerCase());
  }

  objects(): ObjectDef[] {
    return [...this.byName.values()];
  }
}

/** Fields a polymorphic relationship exposes (the "Name" entity), per Salesforce's SOQL rules. */
export const NAME_ENTITY_FIELDS = ["Id", "Name", "Type", "FirstName", "LastName", "Alias", "Email", "IsActive", "Username", "Title", "Phone"];
