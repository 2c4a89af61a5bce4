/** chrome.storage keys shared by the worker and the panel. */

/** The panel's cross-reload cache (chrome.storage.session), entries by org and user (org-scope.ts); the worker drops it when a new session starts. */
export const PANEL_CACHE_KEY = "panel-cache:v2";

/** The policy (chrome.storage.managed) an admin pushes: org profiles as JSON text by My Domain host. */
export const MANAGED_PROFILES_KEY = "orgProfiles";

/** The profile saved on the options page for one org (chrome.storage.local). */
export const savedProfileKey = (orgHost: string) => `org-profile:${orgHost}`;
