import { CreateCountryDirectory1764000000000 } from "./1764000000000-CreateCountryDirectory.js";

/** The board's migrations, oldest first. */
export const boardMigrations = [CreateCountryDirectory1764000000000];
