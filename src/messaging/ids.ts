/** The building blocks every message shares: Salesforce ids, timestamps, and who owns a record. */
import * as z from "zod/v4-mini";

/** An 18-character Salesforce id: what the worker always sends. */
export const Id = z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/));

/** A 15- or 18-character id, as a page's URL may hold it. */
export const AnyId = z.string().check(z.regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, "not a Salesforce id"));

export const IsoDateTime = z.string().check(z.minLength(10));

/** A user (or account) by id, with its name when readable. */
export const PersonSchema = z.object({ id: Id, name: z.nullable(z.string()) });

/** A record's owner: a user, or a queue while nobody has taken it. */
export const OwnerSchema = z.extend(PersonSchema, { isQueue: z.boolean() });
