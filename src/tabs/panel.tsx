/** Extension page loaded in the dock's iframe (web-accessible as tabs/panel.html). */
import { PanelApp } from "../app/PanelApp";

export default PanelApp;
