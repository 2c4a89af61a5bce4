/**
 * The profile of the handbook's own org: what the extension uses when an org's
 * admin has set nothing. The values are data (default-profile.json) and the one
 * place in the code base that names an org's fields, queues and rules.
 */
import profileJson from "./default-profile.json";
import { OrgProfileSchema, type OrgProfile } from "./schema";

export const DEFAULT_PROFILE: OrgProfile = OrgProfileSchema.parse(profileJson);
