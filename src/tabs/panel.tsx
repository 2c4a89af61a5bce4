/** Extension page loaded in the dock's iframe (web-accessible as tabs/panel.html). */
// First of all: the record's reads leave before the modules below are evaluated.
import "../app/send-first-reads";

import { PanelApp } from "../app/PanelApp";
import { bootPanel } from "../app/panel-boot";

// Before plasmo renders: the query client, the session cache and the dock's record, ready for React's first render.
const boot = bootPanel();

export default function Panel() {
  return <PanelApp boot={boot} />;
}
