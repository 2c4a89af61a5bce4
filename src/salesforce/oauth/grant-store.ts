/**
 * Where an org's OAuth connection is kept, per My Domain host: the access token in
 * chrome.storage.session (gone when the browser closes), the refresh token in
 * chrome.storage.local only when the org's profile allows keeping one. Each record
 * names its user, so a token is never used for an org or a user it was not issued to.
 */
import * as z from "zod/v4-mini";

import { UrlText } from "../../domain/url-text";

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const GrantSchema = z.object({
  host: z.string(),
  orgId: z.string(),
  userId: z.string(),
  userName: z.nullable(z.string()),
  instanceUrl: UrlText,
  accessToken: z.string().check(z.minLength(1)),
});

const RefreshSchema = z.object({ host: z.string(), orgId: z.string(), userId: z.string(), userName: z.nullable(z.string()), refreshToken: z.string().check(z.minLength(1)) });

export type Grant = z.infer<typeof GrantSchema>;
export type StoredRefresh = z.infer<typeof RefreshSchema>;

const grantKey = (host: string) => `oauth-grant:${host}`;
const refreshKey = (host: string) => `oauth-refresh:${host}`;

async function read<T>(area: StorageAreaLike, key: string, schema: z.ZodMiniType<T>, host: string): Promise<T | null> {
  const parsed = schema.safeParse((await area.get(key))[key]);
  // A record for another host under this key would be a bug or tampering: never use it.
  return parsed.success && (parsed.data as { host: string }).host === host ? parsed.data : null;
}

export function grantStore(areas: { session: StorageAreaLike; local: StorageAreaLike }) {
  return {
    grant: (host: string) => read(areas.session, grantKey(host), GrantSchema, host),
    refreshOf: (host: string) => read(areas.local, refreshKey(host), RefreshSchema, host),
    async save(grant: Grant, refreshToken: string | null): Promise<void> {
      await areas.session.set({ [grantKey(grant.host)]: grant });
      if (refreshToken) {
        const stored: StoredRefresh = { host: grant.host, orgId: grant.orgId, userId: grant.userId, userName: grant.userName, refreshToken };
        await areas.local.set({ [refreshKey(grant.host)]: stored });
      } else {
        await areas.local.remove(refreshKey(grant.host));
      }
    },
    async forget(host: string): Promise<void> {
      await areas.session.remove(grantKey(host));
      await areas.local.remove(refreshKey(host));
    },
  };
}

export type GrantStore = ReturnType<typeof grantStore>;
