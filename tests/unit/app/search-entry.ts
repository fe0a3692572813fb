/** A search entry for the search tests: an organisation named by its names, the first its label. */
import type { SearchEntry } from "../../../src/app/search/search-index.ts";

export const entry = (key: string, names: string[], weight = 1): SearchEntry => ({
  key,
  label: names[0] as string,
  kind: "organisation",
  weight,
  names,
});
