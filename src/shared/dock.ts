/**
 * Tells the dock (the content script around the panel's iframe) to show or hide
 * it. Used by views that only sometimes have something to say, like the banner of
 * a pooled account. The message carries no data, so "*" as target origin leaks nothing.
 */
export function requestDock(mode: "show" | "hide", target: Window = window.parent): void {
  if (target === window) return;
  target.postMessage({ source: "pooled-case-copilot", dock: mode }, "*");
}
