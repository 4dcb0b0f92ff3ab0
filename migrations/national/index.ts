import { CreateIncidentRegister1764000000000 } from "./1764000000000-CreateIncidentRegister.js";

/** A national deployment's migrations, oldest first. */
export const nationalMigrations = [CreateIncidentRegister1764000000000];
