/** The team view, an extension page of its own (tabs/team.html): the Pooled ASM's pool at a glance. */
import { TeamApp } from "../app/TeamApp";

export default TeamApp;
