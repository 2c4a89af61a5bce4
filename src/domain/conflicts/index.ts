export {
  findConflicts,
  ownWork,
  transferTarget,
  type AccountCase,
  type AccountOpportunity,
  type Conflict,
  type ConflictInput,
  type ConflictKind,
  type RecordOwner,
  type TransferTarget,
} from "./find-conflicts";
