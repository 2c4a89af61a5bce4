/** The toolbar popup (plasmo builds it as popup.html): the queue of my pool, my cases, upgrades. */
import { PopupApp } from "./app/PopupApp";

export default PopupApp;
