export { capOrder, capPlace, type CapPlace, type RankedUpgrade } from "./cap-place";
export { upgradeCapCheck, type UpgradeCapCheck } from "./upgrade-cap";
export { isActiveUltimateUpgrade, isUltimateUpgrade, upgradeMarkPattern, type UpgradeCandidate } from "./ultimate-upgrade";
