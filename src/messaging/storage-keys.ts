/** chrome.storage keys shared by the worker and the panel. */

/** The panel's cross-reload cache (chrome.storage.session); the worker drops it when a new session starts. */
export const PANEL_CACHE_KEY = "panel-cache:v1";
