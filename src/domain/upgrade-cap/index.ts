export { ULTIMATE_UPGRADE_CAP, upgradeCapCheck, type UpgradeCapCheck } from "./upgrade-cap";
export { isActiveUltimateUpgrade, isUltimateUpgrade, type UpgradeCandidate } from "./ultimate-upgrade";
