/**
 * The simulated org's data. Every write (REST, composite, tests) goes through
 * insert/update/delete so validation and automation behave the same whichever way a
 * record changes.
 */
import { isSalesforceId, keyPrefix, toId18 } from "../../src/domain/salesforce-id";
import { afterWrite, beforeWrite, type WriteContext } from "./automation";
import { notFound, SfError } from "./errors";
import { makeId, type OrgAutomation, type OrgSeed, type SeedCredential } from "./seed-types";
import type { FieldDef, ObjectDef, OrgSchema } from "./schema";
import { executeQuery, type QueryOptions, type QueryResult } from "./soql/evaluate";
import { TransactionBook, type PreImage, type Transaction } from "./transactions";
import { coerce, isCanonicalId, present, truncateToSecond, type Row, type Value } from "./values";

export interface WriteOptions {
  /** Sforce-Auto-Assign: run the Case assignment rule. The REST layer defaults it to true, as Salesforce does. */
  autoAssign?: boolean;
}

export interface ValidationRule {
  object: string;
  /** Returns an error message when the record is invalid (Salesforce validation rule semantics). */
  check: (record: Row, previous: Row | undefined) => string | null;
  field?: string;
}

export interface PicklistEntry {
  value: string;
  label: string;
  active: boolean;
  defaultValue: boolean;
  validFor: null;
}

export class OrgStore {
  readonly orgId = makeId("00D", 1);
  readonly schema: OrgSchema;
  readonly automation: OrgAutomation;
  readonly credentials: SeedCredential[];
  readonly pooledCaseRecordTypeId: string | undefined;
  readonly validationRules: ValidationRule[] = [];
  /** Whether Sforce-Auto-Assign also re-runs the Case assignment rule on update (the docs say it does). */
  assignmentRuleOnUpdate = true;
  /** Open allOrNone transactions: their row locks, and what other readers see meanwhile. */
  readonly transactions = new TransactionBook();
  private readonly tables = new Map<string, Map<string, Row>>();
  private readonly deleted = new Map<string, Map<string, Row>>();
  private typeById = new Map<string, string>();
  private counter = 700_000_000;

  constructor(
    seed: OrgSeed,
    readonly now: () => Date,
  ) {
    this.schema = seed.schema;
    this.automation = seed.automation ?? {};
    for (const o of this.schema.objects()) {
      this.tables.set(o.name, new Map());
      this.deleted.set(o.name, new Map());
    }
    this.credentials = seed.credentials.map((c) => ({ ...c, userId: toId18(c.userId) }));
    // Metadata first, so picklists from CaseStatus / OpportunityStage exist when cases load.
    const order = ["User", "Group", "GroupMember", "PermissionSet", "PermissionSetAssignment", "RecordType", "CaseStatus", "OpportunityStage", "BusinessHours", "Holiday", "Account", "Contact", "Opportunity", "Case", "Task"];
    const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
    const types = Object.keys(seed.records).sort((a, b) => rank(a) - rank(b));
    for (const type of types) {
      for (const record of seed.records[type as keyof typeof seed.records] ?? []) this.loadSeedRecord(type, record);
    }
    const assignedType = this.automation.caseAssignment?.recordType;
    this.pooledCaseRecordTypeId =
      seed.pooledCaseRecordTypeId !== undefined ? toId18(seed.pooledCaseRecordTypeId) : assignedType ? this.findRecordType("Case", assignedType) : undefined;
  }

  private loadSeedRecord(type: string, record: Record<string, unknown>): void {
    const def = this.schema.objectDef(type);
    if (!def) throw new Error(`Seed ${type} ${String(record.Id)}: ${type} is not an object of the seed's schema`);
    const row: Row = {};
    for (const [key, raw] of Object.entries(record)) {
      const field = def.fieldsByLower.get(key.toLowerCase());
      if (!field) throw new Error(`Seed ${type} ${String(record.Id)}: field ${key} is not in the seed's schema`);
      row[field.name] = coerce(field, raw);
    }
    const id = String(row.Id);
    const nowMs = this.nowMs();
    row.IsDeleted = false;
    row.CreatedDate ??= nowMs;
    row.LastModifiedDate ??= row.CreatedDate;
    row.SystemModstamp ??= row.LastModifiedDate;
    const firstUser = this.credentials[0]?.userId ?? null;
    if (def.fieldsByLower.has("createdbyid")) row.CreatedById ??= firstUser;
    if (def.fieldsByLower.has("lastmodifiedbyid")) row.LastModifiedById ??= row.CreatedById ?? firstUser;
    const ctx: WriteContext = { store: this, def, userId: String(row.CreatedById ?? firstUser), nowMs, autoAssign: false, seeding: true };
    beforeWrite(ctx, row, undefined);
    this.put(type, id, row);
  }

  // ---- reading -------------------------------------------------------------

  def(type: string): ObjectDef {
    const def = this.schema.objectDef(type);
    if (!def) throw notFound();
    return def;
  }

  nowMs(): number {
    return truncateToSecond(this.now().getTime());
  }

  /** Object type of an id (live or deleted), from the id index rather than the key prefix (01J is shared). */
  typeOf(id: string): string | undefined {
    if (!isSalesforceId(id)) return undefined;
    return this.typeById.get(toId18(id));
  }

  row(type: string, id: string): Row | undefined {
    if (!isSalesforceId(id)) return undefined;
    const name = this.def(type).name;
    const pre = this.transactions.isolating ? this.transactions.committed(name, toId18(id)) : undefined;
    return pre ? pre.live : this.tables.get(name)?.get(toId18(id));
  }

  deletedRow(type: string, id: string): Row | undefined {
    if (!isSalesforceId(id)) return undefined;
    const name = this.def(type).name;
    const pre = this.transactions.isolating ? this.transactions.committed(name, toId18(id)) : undefined;
    return pre ? pre.deleted : this.deleted.get(name)?.get(toId18(id));
  }

  rowById(id: string): { type: string; row: Row } | undefined {
    const type = this.typeOf(id);
    const row = type ? this.row(type, id) : undefined;
    return type && row ? { type, row } : undefined;
  }

  rows(type: string, includeDeleted = false): Row[] {
    const name = this.def(type).name;
    const live = [...(this.tables.get(name)?.values() ?? [])];
    const rows = includeDeleted ? [...live, ...(this.deleted.get(name)?.values() ?? [])] : live;
    // Rows another open transaction wrote are shown as they were committed.
    const pending = this.transactions.isolating ? this.transactions.committedOfType(name) : [];
    if (!pending.length) return rows;
    const written = new Set(pending.map((p) => p.id));
    const committed = pending.flatMap((p) => [p.live, includeDeleted ? p.deleted : undefined]).filter((r): r is Row => r !== undefined);
    return [...rows.filter((r) => !written.has(String(r.Id))), ...committed];
  }

  /** A record as the REST API shows it (datetimes formatted), or undefined. */
  get(type: string, id: string): Record<string, unknown> | undefined {
    const row = this.row(type, id);
    return row ? this.present(type, row) : undefined;
  }

  present(type: string, row: Row, fields?: FieldDef[]): Record<string, unknown> {
    const def = this.def(type);
    const out: Record<string, unknown> = {};
    for (const field of fields ?? def.fields) out[field.name] = present(field, row[field.name]);
    return out;
  }

  query(soql: string, options: QueryOptions = {}): QueryResult {
    return executeQuery(this, soql, options);
  }

  findRecordType(sobjectType: string, developerName: string): string | undefined {
    const rt = this.rows("RecordType").find((r) => r.SobjectType === sobjectType && r.DeveloperName === developerName);
    return rt ? String(rt.Id) : undefined;
  }

  findQueue(developerName: string): string | undefined {
    const q = this.rows("Group").find((r) => r.Type === "Queue" && r.DeveloperName === developerName);
    return q ? String(q.Id) : undefined;
  }

  /** Picklist entries as describe shows them; Case.Status and Opportunity.StageName come from records. */
  picklistValues(field: FieldDef): PicklistEntry[] {
    const source = field.picklist;
    if (!source) return [];
    if (source === "CaseStatus" || source === "OpportunityStage") {
      const rows = this.rows(source).sort((a, b) => Number(a.SortOrder ?? 0) - Number(b.SortOrder ?? 0));
      return rows
        .filter((r) => r.IsActive !== false)
        .map((r) => ({
          value: String(r.ApiName ?? r.MasterLabel),
          label: String(r.MasterLabel),
          active: true,
          defaultValue: r.IsDefault === true,
          validFor: null,
        }));
    }
    return source.map((value) => ({ value, label: value, active: true, defaultValue: false, validFor: null }));
  }

  // ---- writing -------------------------------------------------------------

  insert(type: string, fields: Record<string, unknown>, asUserId: string, options: WriteOptions = {}): string {
    const def = this.def(type);
    if (!def.createable) throw new SfError(400, "INVALID_TYPE_FOR_OPERATION", `entity type cannot be inserted: ${def.label}`);
    const row: Row = this.coerceFields(def, fields, "create");
    const id = this.newId(def.keyPrefix);
    const nowMs = this.nowMs();
    const userId = toId18(asUserId);
    Object.assign(row, { Id: id, IsDeleted: false, CreatedDate: nowMs, CreatedById: userId, LastModifiedDate: nowMs, LastModifiedById: userId, SystemModstamp: nowMs });
    if (def.fieldsByLower.has("ownerid")) row.OwnerId ??= userId;
    const ctx: WriteContext = { store: this, def, userId, nowMs, autoAssign: options.autoAssign ?? false, seeding: false };
    beforeWrite(ctx, row, undefined);
    this.checkRequired(def, row);
    // Object Reference "GroupMember": creating a membership that exists returns the existing record.
    const same = def.name === "GroupMember" ? this.rows("GroupMember").find((m) => m.GroupId === row.GroupId && m.UserOrGroupId === row.UserOrGroupId) : undefined;
    if (same) return String(same.Id);
    this.runValidationRules(def, row, undefined);
    this.put(def.name, id, row);
    afterWrite(ctx, row, undefined);
    return id;
  }

  update(type: string, id: string, fields: Record<string, unknown>, asUserId: string, options: WriteOptions = {}): void {
    const def = this.def(type);
    const current = this.existing(def, id);
    if (!def.updateable) throw new SfError(400, "INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id", []);
    const changes = this.coerceFields(def, fields, "update");
    const previous = { ...current };
    const row: Row = { ...current, ...changes };
    const nowMs = this.nowMs();
    const userId = toId18(asUserId);
    Object.assign(row, { LastModifiedDate: nowMs, LastModifiedById: userId, SystemModstamp: nowMs });
    const ctx: WriteContext = { store: this, def, userId, nowMs, autoAssign: (options.autoAssign ?? false) && this.assignmentRuleOnUpdate, seeding: false };
    beforeWrite(ctx, row, previous);
    this.checkRequired(def, row);
    this.runValidationRules(def, row, previous);
    this.put(def.name, String(current.Id), row);
    afterWrite(ctx, row, previous);
  }

  delete(type: string, id: string): void {
    const def = this.def(type);
    const current = this.existing(def, id);
    if (!def.deletable) throw new SfError(400, "INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id", []);
    const key = String(current.Id);
    this.transactions.beforeWrite(def.name, key, () => this.stateOf(def.name, key));
    this.tables.get(def.name)!.delete(key);
    this.deleted.get(def.name)!.set(key, { ...current, IsDeleted: true, SystemModstamp: this.nowMs() });
  }

  /** Low-level insert for automation (history rows): no validation. */
  putSystemRow(type: string, row: Row): string {
    const id = this.newId(this.def(type).keyPrefix);
    this.put(type, id, { ...row, Id: id, IsDeleted: false });
    return id;
  }

  /** Undoes what an allOrNone transaction wrote, nothing else, and releases its locks. */
  rollback(txn: Transaction): void {
    this.transactions.rollback(txn, (pre) => {
      const set = (map: Map<string, Map<string, Row>>, row: Row | undefined) => (row ? map.get(pre.type)!.set(pre.id, row) : map.get(pre.type)!.delete(pre.id));
      set(this.tables, pre.live);
      set(this.deleted, pre.deleted);
    });
  }

  /** The live row, or the error Salesforce gives for that id (malformed, wrong type, deleted, not found). */
  requireRow(type: string, id: string): Row {
    return this.existing(this.def(type), id);
  }

  private existing(def: ObjectDef, id: string): Row {
    if (!isSalesforceId(id)) throw new SfError(404, "NOT_FOUND", `Provided external ID field does not exist or is not accessible: ${id}`);
    if (!isCanonicalId(id)) throw new SfError(400, "MALFORMED_ID", `${def.label} ID: id value of incorrect type: ${id}`);
    // Through row() / deletedRow(): a row another open transaction wrote is seen as committed.
    const row = this.row(def.name, id);
    if (row) return row;
    if (this.deletedRow(def.name, id)) throw new SfError(404, "ENTITY_IS_DELETED", "entity is deleted", []);
    const knownType = this.typeOf(id);
    if (knownType && knownType !== def.name) throw new SfError(400, "MALFORMED_ID", `${def.label} ID: id value of incorrect type: ${id}`);
    throw notFound();
  }

  private stateOf(type: string, id: string): Omit<PreImage, "type" | "id"> {
    return { live: this.tables.get(type)!.get(id), deleted: this.deleted.get(type)!.get(id) };
  }

  private put(type: string, id: string, row: Row): void {
    this.transactions.beforeWrite(type, id, () => this.stateOf(type, id));
    this.tables.get(type)!.set(id, row);
    this.typeById.set(id, type);
  }

  private newId(prefix: string): string {
    let id: string;
    do id = makeId(prefix, ++this.counter);
    while (this.typeById.has(id));
    return id;
  }

  private coerceFields(def: ObjectDef, fields: Record<string, unknown>, mode: "create" | "update"): Row {
    const row: Row = {};
    const readOnly: string[] = [];
    for (const [key, raw] of Object.entries(fields)) {
      if (key === "attributes") continue;
      const field = def.fieldsByLower.get(key.toLowerCase());
      if (!field) throw new SfError(400, "INVALID_FIELD", `No such column '${key}' on sobject of type ${def.name}`);
      if (mode === "create" ? !field.createable : !field.updateable) {
        readOnly.push(field.name);
        continue;
      }
      row[field.name] = this.validateValue(field, raw);
    }
    if (readOnly.length) {
      throw new SfError(
        400,
        "INVALID_FIELD_FOR_INSERT_UPDATE",
        `Unable to create/update fields: ${readOnly.join(", ")}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        readOnly,
      );
    }
    return row;
  }

  private validateValue(field: FieldDef, raw: unknown): Value {
    const value = coerce(field, raw);
    if (value === null) {
      if (!field.nillable) throw new SfError(400, "REQUIRED_FIELD_MISSING", `Required fields are missing: [${field.name}]`, [field.name]);
      return null;
    }
    if (field.type === "picklist") {
      const entry = this.picklistValues(field).find((p) => p.value.toLowerCase() === String(value).toLowerCase());
      if (!entry) {
        throw new SfError(400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", `${field.label}: bad value for restricted picklist field: ${String(value)}`, [field.name]);
      }
      return entry.value;
    }
    if (field.type === "reference" && typeof value === "string") {
      const target = this.typeOf(value);
      const allowed = field.referenceTo ?? [];
      const prefixOk = allowed.some((t) => this.def(t).keyPrefix === keyPrefix(value));
      if (!prefixOk) throw new SfError(400, "FIELD_INTEGRITY_EXCEPTION", `${field.label}: id value of incorrect type: ${value}`, [field.name]);
      if (!target || !allowed.includes(target)) {
        throw new SfError(400, "INVALID_CROSS_REFERENCE_KEY", `${field.label}: invalid cross reference id`, [field.name]);
      }
    }
    return value;
  }

  private checkRequired(def: ObjectDef, row: Row): void {
    const missing = def.fields.filter((f) => f.required && (row[f.name] === null || row[f.name] === undefined)).map((f) => f.name);
    if (missing.length) throw new SfError(400, "REQUIRED_FIELD_MISSING", `Required fields are missing: [${missing.join(", ")}]`, missing);
  }

  private runValidationRules(def: ObjectDef, row: Row, previous: Row | undefined): void {
    for (const rule of this.validationRules) {
      if (rule.object.toLowerCase() !== def.name.toLowerCase()) continue;
      const message = rule.check(row, previous);
      if (message) throw new SfError(400, "FIELD_CUSTOM_VALIDATION_EXCEPTION", message, rule.field ? [rule.field] : []);
    }
  }
}
