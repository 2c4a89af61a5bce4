/** The options page (plasmo builds it as options.html, the manifest's options_ui): an org's profile, connection and check. */
import { OptionsApp } from "./app/OptionsApp";

export default OptionsApp;
