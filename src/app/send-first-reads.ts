/**
 * Imported first by the panel page, for what it does: the record's reads leave
 * before the page builds its answer schemas and starts React, which takes tens of
 * ms on a busy machine. Listed in package.json's sideEffects, so the bundler keeps it.
 */
import { sendFirstReads } from "./first-reads";

sendFirstReads();
