/** The options page (plasmo builds it as options.html, the manifest's options_ui): an org's profile, connection and check. */
import { OptionsApp } from "./features/options/OptionsApp";

export default OptionsApp;
