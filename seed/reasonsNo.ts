/**
 * The Norwegian (bokmål) reason of seed relationships, by relationship id (`from|TYPE|to`, as
 * `relationshipId` in seed/validate.ts forms it): a faithful rendering of the relationship's
 * English `reason`, in this graph's own words like the English, with the same facts, figures,
 * years and names (bodies under their official Norwegian names).
 *
 * One map beside the seed modules rather than a field in each of them, as for the descriptions
 * (seed/descriptionsNo.ts): the modules keep their tables as they are, and a bokmål reader can
 * review the whole Norwegian text in one place. `seed/modules.ts` attaches each text to its
 * relationship, the validator rejects a Norwegian reason on a relationship without an English one,
 * and a unit test rejects a text whose key names no relationship with a reason (and one that drops
 * a number the English gives).
 *
 * Not every reason has its Norwegian text yet: where one is missing the explorer shows the English
 * reason in Norwegian mode. `REQUIRE_REASON_NO` in seed/validate.ts turns the requirement on once
 * the map is complete.
 */

import type { SeedModule } from "./model.ts";

export const REASONS_NO: Readonly<Record<string, string>> = {
  // seed/solutions.ts
  "norsk-helsenett|RUNS|helsenorge":
    "Siden 1. januar 2020 har Norsk helsenett drevet de nasjonale e-helseløsningene.",
  "helsenorge|SUPPORTS|objective-1":
    "Portalen lar innbyggere og pårørende bruke tjenester og ta ansvar for egen helse, slik mål 1 ber om.",
  "helsenorge|SUPPORTS|objective-4":
    "Innbyggerne når journalen sin gjennom Helsenorge, så portalen gjør informasjon tilgjengelig på tvers av tjenestene.",
  "kjernejournal|SUPPORTS|objective-4":
    "Den gjør sentrale pasientopplysninger tilgjengelige for alle behandlende klinikere, på tvers av virksomheter.",
  "kjernejournal|SUPPORTS|objective-2":
    "Klinikere finner allergier, legemidler og vaksinasjoner uten å lete, noe som letter arbeidsdagen deres.",
  "e-resept|SUPPORTS|objective-2":
    "Digital forskrivning fjerner papirhåndteringen for forskrivere og apotek.",
  // seed/sdgs.ts
  "objective-1|CONTRIBUTES_TO|sdg-3":
    "Når innbyggerne får mer fleksibilitet og større rom til å ta ansvar for egen og pårørendes helse, fremmer det livskvaliteten direkte.",
  "objective-1|CONTRIBUTES_TO|sdg-13":
    "Mer behandling som gis digitalt og i hjemmet, betyr færre reiser og lavere utslipp fra transport.",
};

/**
 * The module with each relationship's Norwegian reason attached, unless the relationship gives its
 * own. Only a relationship with an English `reason` gets one: a Norwegian reason renders the
 * English, and a copy of a relationship without one (merged by the validator) must not carry it.
 */
export function withReasonsNo(seedModule: SeedModule): SeedModule {
  return {
    ...seedModule,
    relationships: seedModule.relationships.map((rel) => {
      if (rel.reason === undefined) return rel;
      const key = `${rel.from}|${rel.type}|${rel.to}`;
      // hasOwn: a key such as "constructor" must not find Object.prototype's member.
      const text = rel.reasonNo ?? (Object.hasOwn(REASONS_NO, key) ? REASONS_NO[key] : undefined);
      return text === undefined ? rel : { ...rel, reasonNo: text };
    }),
  };
}
