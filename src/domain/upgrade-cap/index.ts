export { upgradeCapCheck, type UpgradeCapCheck } from "./upgrade-cap";
export { isActiveUltimateUpgrade, isUltimateUpgrade, upgradeMarkPattern, type UpgradeCandidate } from "./ultimate-upgrade";
