/**
 * The Norwegian (bokmål) reason of every seed relationship that has one, keyed
 * `${from}|${type}|${to}` (as `relationshipId` in seed/validate.ts forms it): a faithful rendering
 * of the relationship's English `reason`, in this graph's own words like the English, with the
 * same facts, figures, years and names (bodies under their official Norwegian names). Short terms
 * the English quotes from a source document keep the document's own words.
 *
 * One map beside the seed modules rather than a field in each of them, like seed/descriptionsNo.ts:
 * the modules keep their relationships as they are, and a bokmål reader can review the whole
 * Norwegian text in one place, in the modules' order. The two cannot drift apart unnoticed:
 * `seed/modules.ts` attaches each text to its relationship, the validator rejects a relationship
 * with an English reason and no Norwegian one (and a Norwegian reason without an English one), and
 * a unit test rejects a key that names no relationship with a reason and a text that drops a number
 * the English gives.
 */

import type { SeedModule } from "#model/model.ts";

export const REASONS_NO: Readonly<Record<string, string>> = {
  // seed/country.ts
  "norway|MEMBER_OF|european-economic-area":
    "Oversikten lar EUs forordning om medisinsk utstyr gjelde for Norge fordi Norge er med i EØS.",
  "norway|MEMBER_OF|who": "Norge er ett av WHOs medlemsland, slik WHOs egen landside om Norge viser.",

  // seed/organisations.ts
  "ministry-section-for-ehealth|PART_OF|ministry-of-health-and-care-services":
    "Forvaltningsdatabasen fører e-helseseksjonen som en enhet i departementet fra 2014 til den ble en avdeling.",
  "directorate-of-ehealth|MERGED_INTO|directorate-of-health":
    "Regjeringens vedtak fra 2023 og direktoratenes egne kunngjøringer viser at Direktoratet for e-helse ble en del av Helsedirektoratet 1. januar 2024.",
  "norwegian-medicines-agency|RENAMED_TO|norwegian-medical-products-agency":
    "Etatens egen kunngjøring og departementets side viser det nye navnet og det bredere ansvaret fra 1. januar 2024.",
  "ministry-section-for-ehealth|RENAMED_TO|department-of-ehealth":
    "Samme enhet, men med nytt navn og løftet opp fra seksjon til avdeling.",
  "ministry-of-health-and-care-services|PART_OF|the-government":
    "Hvert norsk departement er ett av regjeringens departementer.",
  "ministry-of-health-and-care-services|OVERSEES|directorate-of-health":
    "Faktaarket omtaler Helsedirektoratet som en etat under Helse- og omsorgsdepartementet.",
  "ministry-of-health-and-care-services|OVERSEES|norwegian-institute-of-public-health":
    "Folkehelseinstituttet er en av departementets underliggende etater.",
  "ministry-of-health-and-care-services|OVERSEES|norwegian-medicines-agency":
    "Statens legemiddelverk var en av departementets underliggende etater fram til navneendringen.",
  "ministry-of-health-and-care-services|OVERSEES|norwegian-medical-products-agency":
    "Departementet fører opp Direktoratet for medisinske produkter blant sine underliggende etater.",
  "directorate-of-health|OVERSEES|norwegian-health-economics-administration":
    "Helfo, tidligere Helseøkonomiforvaltningen, er i dag Helsedirektoratets ytre etat.",
  "ministry-of-health-and-care-services|OWNS|norsk-helsenett":
    "Norsk helsenett er et statsforetak som eies gjennom Helse- og omsorgsdepartementet.",
  "department-of-ehealth|GOVERNS|norsk-helsenett":
    "Et departement styrer et statsforetak som eier; sidens engelske «content management» gjengir mest sannsynlig denne styringen av Norsk helsenett SF, og en tidligere versjon av siden omtalte styring av foretaket.",
  "department-of-ehealth|GOVERNS|norwegian-health-archives":
    "Avdelingen bidrar til styringen av Norsk helsearkiv, men står ikke alene for den.",
  "ministry-of-health-and-care-services|OWNS|south-eastern-norway-rha":
    "Helse Sør-Øst RHF er ett av statens fire regionale helseforetak, og departementet forvalter statens eierskap til det.",
  "ministry-of-health-and-care-services|OWNS|western-norway-rha":
    "Helse Vest RHF er ett av statens fire regionale helseforetak, og departementet forvalter statens eierskap til det.",
  "ministry-of-health-and-care-services|OWNS|central-norway-rha":
    "Helse Midt-Norge RHF er ett av statens fire regionale helseforetak, og departementet forvalter statens eierskap til det.",
  "ministry-of-health-and-care-services|OWNS|northern-norway-rha":
    "Helse Nord RHF er ett av statens fire regionale helseforetak, og departementet forvalter statens eierskap til det.",
  "south-eastern-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene, også Helse Sør-Øst RHF, en egen strategi som omfatter e-helse.",
  "western-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene, også Helse Vest RHF, en egen strategi som omfatter e-helse.",
  "central-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene, også Helse Midt-Norge RHF, en egen strategi som omfatter e-helse.",
  "northern-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene, også Helse Nord RHF, en egen strategi som omfatter e-helse.",
  "south-eastern-norway-rha|OWNS|oslo-university-hospital":
    "Oslo universitetssykehus er et helseforetak under Helse Sør-Øst RHF.",
  "south-eastern-norway-rha|OWNS|vestre-viken": "Vestre Viken HF er et helseforetak under Helse Sør-Øst RHF.",
  "oslo-university-hospital|PART_OF|south-eastern-norway-rha":
    "De regionale helseforetakene driver alle sykehusene; Oslo ligger i helseregion Sør-Øst.",
  "vestre-viken|PART_OF|south-eastern-norway-rha":
    "De regionale helseforetakene driver alle sykehusene; Vestre Viken ligger i helseregion Sør-Øst.",
  "radiumhospitalet|PART_OF|oslo-university-hospital":
    "Radiumhospitalet er ett av behandlingsstedene til Oslo universitetssykehus.",
  "lovisenberg-diaconal-hospital|RELATED_TO|south-eastern-norway-rha":
    "Lovisenberg er privateid, men er lokalsykehus for en del av Oslo etter avtale med Helse Sør-Øst RHF; derfor er det knyttet til det regionale helseforetaket, ikke eid av det.",
  "nav|RESPONSIBLE_FOR|national-insurance-scheme":
    "Oversikten bruker Navs navn på ordningen; Nav forvalter folketrygden som helhet.",
  "directorate-of-ehealth|RESPONSIBLE_FOR|national-ehealth-coordination":
    "Strategiens forord gjør Direktoratet for e-helse til fagmyndigheten som skal samle e-helsearbeidet på nasjonalt nivå.",
  "directorate-of-health|RESPONSIBLE_FOR|national-ehealth-coordination":
    "I faktaarket fra 2025 har Helsedirektoratet det nasjonale ansvaret for e-helse, som en etat under helsedepartementet.",
  "norwegian-medicines-agency|RESPONSIBLE_FOR|ce-marking-of-medical-devices":
    "Oversiktens overskrifter om klassifisering og samsvar nevner etaten og viser leserne til nettstedet dens; som nasjonal myndighet for medisinsk utstyr førte den tilsyn med CE-merking, oppgaven faktaarket gir etterfølgeren.",
  "target-group-healthcare-providers|RESPONSIBLE_FOR|digitalisation-of-the-healthcare-sector":
    "Statssekretæren legger hovedansvaret for å digitalisere helsetjenesten på sektoren selv, mens regjeringen staker ut retningen.",
  "primary-care|RELATED_TO|ehealth-reimbursement":
    "Primærhelsetjenesten er for det meste rammefinansiert, så pasientene betaler sjelden ekstra for e-helse der.",
  "national-council-for-ehealth|ADVISES|directorate-of-health":
    "Rådsmodellen er rådgivende, og etter sammenslåingen har Helsedirektoratet den blant sine råd og utvalg.",
  "national-council-for-ehealth|ADVISES|directorate-of-ehealth":
    "Før sammenslåingen var rådet rådgivende for Direktoratet for e-helse, og strategien viser til direktoratets side om rådet (fotnote 2).",
  "paho|PART_OF|who": "PAHO er også WHOs regionkontor for Amerika.",
  "european-commission|PART_OF|european-union": "Europakommisjonen er EUs utøvende institusjon.",
  "the-government|LOCATED_IN|norway": "Norges egen regjering: hvor den holder til, følger av hva den er.",
  "department-of-ehealth|LOCATED_IN|norway":
    "Forvaltningsdatabasen oppgir Oslo som stedet der denne enheten i departementet holder til.",
  "ministry-section-for-ehealth|LOCATED_IN|norway":
    "Forvaltningsdatabasen oppgir Oslo som stedet der seksjonen holdt til før den ble en avdeling.",
  "section-for-ehealth-services|LOCATED_IN|norway":
    "En av de to seksjonene i e-helseavdelingen i det norske helsedepartementet.",
  "section-for-analysis-and-governance|LOCATED_IN|norway":
    "En av de to seksjonene i e-helseavdelingen i det norske helsedepartementet.",
  "ministry-of-health-and-care-services|LOCATED_IN|norway":
    "Et departement i den norske regjeringen, og dermed i Norge.",
  "ministry-of-local-government-and-modernisation|LOCATED_IN|norway":
    "Et departement i den norske regjeringen, og dermed i Norge.",
  "ministry-of-education-and-research|LOCATED_IN|norway":
    "Et departement i den norske regjeringen, og dermed i Norge.",
  "directorate-of-ehealth|LOCATED_IN|norway":
    "Et direktorat i den norske statsforvaltningen, så det ligger i Norge ut fra hva det er.",
  "directorate-of-health|LOCATED_IN|norway":
    "Et direktorat i den norske statsforvaltningen, så det ligger i Norge ut fra hva det er.",
  "norwegian-medical-products-agency|LOCATED_IN|norway":
    "Et direktorat i den norske statsforvaltningen, så det ligger i Norge ut fra hva det er.",
  "norwegian-health-economics-administration|LOCATED_IN|norway":
    "Et statlig norsk organ som forvalter en del av folketrygden.",
  "nav|LOCATED_IN|norway": "Et statlig norsk organ som forvalter en del av folketrygden.",
  "norwegian-institute-of-public-health|LOCATED_IN|norway":
    "Et statlig norsk folkehelseinstitutt som har Norges nasjonale helsedatabaser på nettstedet sitt.",
  "norwegian-medicines-agency|LOCATED_IN|norway": "Den norske statens legemiddelmyndighet, slik navnet sier.",
  "norwegian-health-archives|LOCATED_IN|norway":
    "Den norske statens nasjonale arkiv for pasientjournaler, slik navnet sier.",
  "norsk-helsenett|LOCATED_IN|norway": "Et statsforetak eid av den norske staten, altså et norsk organ.",
  "south-eastern-norway-rha|LOCATED_IN|norway":
    "Helse Sør-Øst RHF betjener Sørøst-Norge, en av de fire helseregionene oversikten teller i Norge.",
  "western-norway-rha|LOCATED_IN|norway":
    "Helse Vest RHF betjener Vestlandet, en av de fire helseregionene oversikten teller i Norge.",
  "central-norway-rha|LOCATED_IN|norway":
    "Helse Midt-Norge RHF betjener Midt-Norge, en av de fire helseregionene oversikten teller i Norge.",
  "northern-norway-rha|LOCATED_IN|norway":
    "Helse Nord RHF betjener Nord-Norge, en av de fire helseregionene oversikten teller i Norge.",
  "municipalities|LOCATED_IN|norway":
    "Norges egne lokale forvaltningsnivå, som oversikten teller: de ligger per definisjon i Norge.",
  "oslo-university-hospital|LOCATED_IN|norway":
    "Faktaarket om Norge kaller det landets eneste omfattende kreftsenter; det er helseforetaket i Oslo.",
  "radiumhospitalet|LOCATED_IN|norway": "Intervjuet plasserer det i Oslo, Norges hovedstad.",
  "lovisenberg-diaconal-hospital|LOCATED_IN|norway": "Intervjuet plasserer det i Oslo, Norges hovedstad.",
  "vestre-viken|LOCATED_IN|norway": "Et helseforetak (HF) i helseregion Sør-Øst, vest for Oslo.",
  "storting|LOCATED_IN|norway":
    "Strategien forklarer Stortinget som Norges nasjonalforsamling, som holder til i landet den tjener.",
  "ks|LOCATED_IN|norway":
    "Organisasjonen for Norges kommuner og fylkeskommuner, slik strategiens navn på den sier.",
  "national-council-for-ehealth|LOCATED_IN|norway":
    "Rådet for den norske helse- og omsorgssektoren som styrer den nasjonale e-helsestrategien.",

  // seed/people.ts
  "thomas-rannstad-haugen|RELATED_TO|ecan-country-factsheet-norway":
    "Gikk gjennom faktaarket som landekspert.",
  "bjornar-alexander-andreassen|RELATED_TO|ecan-country-factsheet-norway":
    "Gikk gjennom faktaarket som landekspert.",
  "jan-egil-nordvik|RELATED_TO|ecan-country-factsheet-norway": "Gikk gjennom faktaarket som landekspert.",

  // seed/solutions.ts
  "norsk-helsenett|RUNS|helsenettet": "Norsk helsenett SF er statsforetaket som drifter helsenettet.",
  "norsk-helsenett|RUNS|helsecert": "HelseCERT er sikkerhetssenteret til Norsk helsenett.",
  "directorate-of-ehealth|RUNS|helsenorge":
    "Direktoratet overtok de nasjonale løsningene da det ble opprettet, og drev dem fram til 2020.",
  "norsk-helsenett|RUNS|helsenorge":
    "Siden 1. januar 2020 har Norsk helsenett driftet de nasjonale e-helseløsningene.",
  "directorate-of-ehealth|RUNS|kjernejournal":
    "Direktoratet overtok de nasjonale løsningene da det ble opprettet, og drev dem fram til 2020.",
  "norsk-helsenett|RUNS|kjernejournal":
    "Siden 1. januar 2020 har Norsk helsenett driftet de nasjonale e-helseløsningene.",
  "directorate-of-ehealth|RUNS|e-resept":
    "Direktoratet overtok de nasjonale løsningene da det ble opprettet, og drev dem fram til 2020.",
  "norsk-helsenett|RUNS|e-resept":
    "Siden 1. januar 2020 har Norsk helsenett driftet de nasjonale e-helseløsningene.",
  "directorate-of-health|RUNS|kjernejournal":
    "Helsedirektoratet drev kjernejournalen til det nye Direktoratet for e-helse overtok den da det startet opp i 2016.",
  "directorate-of-health|RUNS|e-resept":
    "E-resept ble drevet av Helsedirektoratet til løsningen gikk over til Direktoratet for e-helse ved inngangen til 2016.",
  "directorate-of-health|RUNS|helsenorge":
    "Departementet ba Helsedirektoratet om å etablere portalen; den ble lansert 15. juni 2011.",
  "directorate-of-ehealth|RUNS|helsedataservice":
    "Helsedataservice lå under Direktoratet for e-helse fram til omorganiseringen i 2024.",
  "norwegian-institute-of-public-health|RUNS|helsedataservice":
    "Helseregisterområdet, Helsedataservice medregnet, ble flyttet til Folkehelseinstituttet 1. januar 2024.",
  "norwegian-institute-of-public-health|MANAGES|national-health-registries":
    "Oversikten viser forskere til Folkehelseinstituttets nettsted for de nasjonale helsedatabasene, og helseregistrene ble samlet ved instituttet fra 2024.",
  "digital-citizen-services|RELATED_TO|helsenorge":
    "Avdelingens liste stopper ved «Digital citizen services at»; det nasjonale nettstedet for slike tjenester er Helsenorge.",
  "patient-access-to-own-records|RELATED_TO|helsenorge":
    "Intervjuet nevner innsyn i egen journal som noe innbyggerne gjør gjennom Helsenorge.",
  "digital-dialogue|RELATED_TO|helsenorge":
    "Helsenorge støtter nettbaserte konsultasjoner og helserelatert dialog med innbyggerne.",
  "safety-alarms|RELATED_TO|digital-home-follow-up":
    "Faktaarket bruker trygghetsalarmer som eksempel på velferdsteknologi.",
  "helsedataservice|RELATED_TO|national-health-registries":
    "Helsedataservice er inngangen til dataene i de nasjonale registrene.",
  "electronic-messaging|RELATED_TO|helsenettet": "Meldinger mellom tjenesteytere går over helsenettet.",
  "helsenorge|SUPPORTS|objective-1":
    "Portalen lar innbyggerne og deres pårørende bruke tjenester og ta hånd om egen helse, og det er nettopp det Mål 1 ber om.",
  "helsenorge|SUPPORTS|objective-4":
    "Innbyggerne når journalen sin gjennom Helsenorge, så portalen gjør informasjon tilgjengelig på tvers av tjenestene.",
  "kjernejournal|SUPPORTS|objective-4":
    "Den gjør sentrale pasientopplysninger tilgjengelige for alt behandlende helsepersonell, på tvers av tjenesteytere.",
  "kjernejournal|SUPPORTS|objective-2":
    "Helsepersonell finner allergier, legemidler og vaksiner uten å måtte lete, og det gjør arbeidshverdagen enklere.",
  "e-resept|SUPPORTS|objective-4":
    "Resepter flyter mellom forskrivere, apotek og leverandører: delt informasjon på tvers av aktørene.",
  "e-resept|SUPPORTS|objective-2":
    "Digital forskrivning fjerner papirhåndteringen for forskrivere og apotek.",
  "helsenettet|SUPPORTS|objective-4":
    "Nettet er den felles infrastrukturen for informasjonsutveksling, selve ryggraden i Mål 4.",
  "helsecert|SUPPORTS|objective-4":
    "En sikker og robust infrastruktur for informasjonsdeling er avhengig av hendelseshåndtering.",
  "helsedataservice|SUPPORTS|objective-3":
    "Tjenesten åpner helsedata for forskning og forbedring, som er kjernen i Mål 3.",
  "national-health-registries|SUPPORTS|objective-3":
    "Registrene er datakilden for forskning, kvalitetsforbedring og overvåking.",
  "patient-access-to-own-records|SUPPORTS|objective-1":
    "Når innbyggerne kan se sin egen journal, kan de ta del i sin egen behandling.",
  "digital-dialogue|SUPPORTS|objective-1":
    "Å kommunisere med helsepersonell på nett gir innbyggerne en mer aktiv rolle.",
  "digital-citizen-services|SUPPORTS|objective-1":
    "Nettbaserte tjenester for innbyggerne er virkemidlet som lar dem ta del i egen helse.",
  "digital-home-follow-up|SUPPORTS|objective-1":
    "Strategien forventer at flere skal bo lenger hjemme med velferdsteknologi og hjemmeoppfølging.",
  "electronic-patient-records|SUPPORTS|objective-2":
    "Bedre journalsystemer er helsepersonellets viktigste verktøy, og å modernisere dem gjør arbeidet enklere.",
  "electronic-messaging|SUPPORTS|objective-4":
    "Meldingsutveksling mellom tjenesteytere er en grunnleggende form for informasjonsflyt i sektoren.",
  "telemedical-consultations|SUPPORTS|objective-1":
    "Konsultasjoner på avstand gir pasientene helsehjelp der de er.",

  // seed/documents.ts
  "the-government|PUBLISHED|national-health-and-collaboration-plan":
    "En stortingsmelding legges fram for Stortinget av regjeringen; intervjuet tidfester utgivelsen til 2024.",
  "the-government|PUBLISHED|national-health-and-hospital-plan-2020-2023":
    "Fotnoten i faktaarket oppgir planen som en side på regjeringens nettsted, regjeringen.no.",
  "ministry-of-health-and-care-services|PUBLISHED|annual-assignment-documents":
    "Oppdragsdokumentene er eierens årlige bestillinger til de regionale helseforetakene.",
  "the-government|PUBLISHED|national-cancer-strategy-2025-2035":
    "Faktaarket lenker til strategien på regjeringens nettsted.",
  "the-government|PUBLISHED|ventetidsloftet":
    "Intervjuet kaller det en nasjonal satsing, i avsnittet om hvorfor regjeringen investerer i digitale verktøy.",
  "oecd-ehealth-strategies-study|RELATED_TO|national-ehealth-strategy-2023":
    "Studien vurderer Norges strategi som godt forberedt, med en detaljert gjennomføringsplan.",
  "oecd-ehealth-strategies-study|RELATED_TO|national-ehealth-strategy-implementation-plan":
    "Studien trekker fram Norges gjennomføringsplan som et eksempel på oppfølging, med navngitte indikatorer, enheter, måltall og utgangsverdier.",
  "ecan-country-factsheet-norway|RELATED_TO|ecan-plus-joint-action":
    "Oppdatert i 2025 for fellesaksjonen eCAN+.",
  "ecan-country-factsheet-norway|RELATED_TO|ecan-joint-action": "Først utarbeidet for fellesaksjonen eCAN.",
  "public-health-act|APPLIES_IN|norway":
    "Folkehelseloven er en norsk lov (LOV-2011-06-24-29 i Lovdata), og gjelder derfor i Norge ut fra hva den er.",
  "tobacco-control-act|APPLIES_IN|norway":
    "Tobakksskadeloven er en norsk lov (LOV-1973-03-09-14 i Lovdata), og gjelder derfor i Norge ut fra hva den er.",
  "alcohol-act|APPLIES_IN|norway":
    "Alkoholloven er en norsk lov (LOV-1989-06-02-27 i Lovdata), og gjelder derfor i Norge ut fra hva den er.",
  "health-research-act|APPLIES_IN|norway":
    "Helseforskningsloven er en norsk lov (LOV-2008-06-20-44 i Lovdata), og gjelder derfor i Norge ut fra hva den er.",
  "storting|PUBLISHED|public-health-act":
    "Det er Stortinget som vedtar Norges lover; Lovdata daterer folkehelseloven til 2011 (LOV-2011-06-24-29).",
  "storting|PUBLISHED|tobacco-control-act":
    "Det er Stortinget som vedtar Norges lover; Lovdata daterer tobakksskadeloven til 1973 (LOV-1973-03-09-14).",
  "storting|PUBLISHED|alcohol-act":
    "Det er Stortinget som vedtar Norges lover; Lovdata daterer alkoholloven til 1989 (LOV-1989-06-02-27).",
  "storting|PUBLISHED|health-research-act":
    "Det er Stortinget som vedtar Norges lover; Lovdata daterer helseforskningsloven til 2008 (LOV-2008-06-20-44).",
  "health-research-act|REGULATES|health-data-access-for-research":
    "Departementet vurderer loven for å gjøre bruken av data til forskning enklere og ansvarlig.",
  "eu-mdr-2017-745|APPLIES_IN|norway": "Norge er med i EØS.",
  "european-union|PUBLISHED|eu-mdr-2017-745": "En EU-forordning.",
  "european-union|PUBLISHED|ehds-regulation": "En EU-forordning.",
  "ehds-regulation|REGULATES|european-health-data-space":
    "Forordningen er det rettslige grunnlaget for Det europeiske helsedataområdet.",

  // seed/europe.ts
  "norway|PARTICIPATES_IN|ecan-plus-joint-action":
    "Norges faktaark ble oppdatert for eCAN+ og gjennomgått av norske landeksperter.",
  "norway|PARTICIPATES_IN|ecan-joint-action":
    "Norges faktaark ble først utarbeidet for eCAN og gjennomgått av norske landeksperter.",
  "directorate-of-health|PARTICIPATES_IN|ecan-plus-joint-action":
    "Fagfolk i Helsedirektoratet gjennomgikk Norges faktaark for fellesaksjonen.",
  "ecan-plus-joint-action|RELATED_TO|ecan-joint-action":
    "eCAN+ bygger på erfaringene fra fellesaksjonen eCAN.",
  "ecan-plus-joint-action|RELATED_TO|european-health-data-space":
    "Faktaarket nevner det rettslige rammeverket for Det europeiske helsedataområdet (EHDS) som en mulighet fellesaksjonen bygger videre på.",
  "xt-ehr|RELATED_TO|european-health-data-space":
    "Xt-EHR er fellesaksjonen som utarbeider det europeiske utvekslingsformatet for pasientjournaler som EHDS bygger på.",
  "xpandh|RELATED_TO|european-health-data-space":
    "XpanDH hjelper sykehus, leverandører og andre med å ta i bruk utvekslingsformatet, en byggestein i EHDS.",
  "xshare|RELATED_TO|european-health-data-space":
    "xShare arbeider for at innbyggerne skal kunne dele sine egne helsedata videre i formatet EHDS fastsetter.",
  "tehdas-2|RELATED_TO|european-health-data-space":
    "TEHDAS II utarbeider retningslinjer og tekniske spesifikasjoner for gjenbruk av helsedata under EHDS.",
  "european-health-data-space|SUPPORTS|objective-3":
    "Mål 3 tar sikte på tettere internasjonalt samarbeid om helsedata og nevner arbeidet med EHDS.",

  // seed/definitions.ts
  "digital-health-who|RELATED_TO|dhealth":
    "Faktaarket gir WHOs definisjon av digital helse ved siden av EUs, under raden for dHealth.",
  "digital-health-who|RELATED_TO|ehealth": "WHO framstiller digital helse som en utvidelse av e-helse.",
  "telehealth|RELATED_TO|telemedicine": "Telehelse defineres som videre enn telemedisin.",
  "teleconsultation|RELATED_TO|telehealth": "Telekonsultasjon kalles noen ganger også telehelse.",
  "telemedical-consultations|RELATED_TO|teleconsultation":
    "Norges refunderte telemedisinske konsultasjoner er telekonsultasjoner slik PAHO bruker begrepet.",

  // seed/governmentGoals.ts
  "national-health-and-collaboration-plan|HAS_GOAL|healthcare-goal-public-health":
    "Kapittel 1.1 i planen setter god helse og mestring for alle, uansett sosial bakgrunn, først blant regjeringens overordnede mål.",
  "national-health-and-collaboration-plan|HAS_GOAL|healthcare-goal-patient-pathways":
    "Planens liste over overordnede mål har gode pasientforløp og rask tilgang til tjenester over hele landet som nummer to.",
  "national-health-and-collaboration-plan|HAS_GOAL|healthcare-goal-attractive-workplace":
    "Tredje punkt på planens liste: en helse- og omsorgstjeneste som folk vil jobbe i gjennom hele yrkeslivet.",
  "national-health-and-collaboration-plan|HAS_GOAL|healthcare-goal-sustainable-resources":
    "Bærekraftig og rettferdig bruk av ressursene er det fjerde overordnede målet planen åpner med.",
  "national-health-and-collaboration-plan|HAS_GOAL|healthcare-goal-preparedness":
    "Planen avslutter listen over regjeringens mål med en helse- og omsorgssektor som er forberedt på kriser og katastrofer.",
  "vestre-viken-ai-radiology|SUPPORTS|objective-2":
    "Mål 2 vil at klinisk arbeid skal ta i bruk ny teknologi, også kunstig intelligens; at KI tolker radiologiske bilder er en slik bruk, og det gjør hastegradsvurderingen raskere.",
  "lovisenberg-ai-surgery-scheduling|SUPPORTS|objective-2":
    "Mål 2 ser etter mer effektivt administrativt arbeid med ny teknologi; å la KI legge operasjonsprogrammet er et eksempel, og det kortet ned køen.",
  "radiumhospitalet-automated-ecg|SUPPORTS|objective-2":
    "Mål 2 vil at fagfolk skal bruke mindre tid på å hente inn og registrere data; EKG-svar som havner i journalen av seg selv, fjerner et manuelt ledd.",
  "ai-clinical-documentation|SUPPORTS|objective-2":
    "Mål 2 tar sikte på at klinikere skal bruke mindre tid på å skrive; KI som lager utkast til notatene fra en konsultasjon, overtar den oppgaven.",
  "ai-emergency-triage|SUPPORTS|objective-2":
    "Mål 2 forventer at vurderingene i større grad støtter seg på digital beslutningsstøtte; KI som hjelper med å rangere pasienter etter hastegrad, er slik støtte.",
  "radiumhospitalet-automated-ecg|ADDRESSES|waiting-times":
    "Intervjuet nevner EKG-automatiseringen som et eksempel under overskriften om kortere ventetid: svar som havner i journalen med en gang, fjerner en forsinkelse i pasientens behandlingsforløp.",
  "ministry-of-health-and-care-services|WORKS_ON|municipal-digital-adoption":
    "Nevnt som en framtidig prioritering i intervjuet.",
  "ministry-of-health-and-care-services|WORKS_ON|health-data-access-for-research":
    "Nevnt som en framtidig prioritering i intervjuet.",
  "ministry-of-health-and-care-services|WORKS_ON|confidentiality-provisions":
    "Nevnt som en framtidig prioritering i intervjuet.",

  // seed/cancer.ts
  "ous-regional-cancer-strategy|RELATED_TO|digital-home-follow-up":
    "Den regionale kreftstrategien har punkter om dette.",
  "ous-regional-cancer-strategy|RELATED_TO|home-hospital":
    "Den regionale kreftstrategien har punkter om dette.",
  "ous-regional-cancer-strategy|RELATED_TO|digital-dialogue":
    "Den regionale kreftstrategien har punkter om dette.",
  "tobacco-control-act|REGULATES|cancer-prevention":
    "Faktaarkets første eksempel på lovgivning om kreftforebygging er tobakkslovgivningen, ett av de to lovområdene det sier nevner kreft.",
  "alcohol-act|REGULATES|cancer-prevention":
    "Alkohollovgivningen er faktaarkets andre eksempel på lovgivning om kreftforebygging, og den bidrar indirekte til å forebygge kreft.",
  "public-health-act|REGULATES|cancer-prevention":
    "Faktaarket nevner folkehelseloven som en lov som motvirker helseskader, også kreft, selv om den ikke nevner kreft.",
  "national-health-registries|RELATED_TO|ehealth-in-cancer-care":
    "Opplysninger om bruken av e-helse i kreftomsorgen finnes i det nasjonale helseregisteret.",
  "results-based-financing|RELATED_TO|ehealth-in-cancer-care":
    "Noen indikatorer for bruk av e-helse ligger i systemet for kvalitetsbasert finansiering, for alle pasienter.",
  "ce-marking-of-medical-devices|RELATED_TO|cancer-specific-ehealth-solutions":
    "Siden det ikke finnes noen egen sertifisering av e-helseverktøy for kreft, gjelder den generelle CE-merkingen av medisinsk utstyr.",
  "cancer-registry-of-norway|LOCATED_IN|norway":
    "Det er Norges nasjonale register over krefttilfeller, og ligger dermed i Norge ut fra hva det er.",
  "municipalities|RELATED_TO|ehealth-in-cancer-care":
    "Faktaarket sier bare, i svaret om e-helse i kreftsentrene, at kreftomsorgen er godt utviklet i kommunene så vel som i spesialisthelsetjenesten; at e-helse er en del av den, er vår tolkning.",

  // seed/strategy.ts
  "directorate-of-ehealth|PUBLISHED|national-ehealth-strategy-2017":
    "Forordet nevner strategien fra 2017 uten å si hvem som laget den; direktoratets egen nyhetssak om den oppdaterte strategien sier at direktoratet utarbeidet den.",
  "directorate-of-ehealth|PUBLISHED|national-ehealth-strategy-implementation-plan":
    "Strategien nevner planen, men ikke hvem som gir den ut; direktoratets strategiside publiserer planen sammen med strategien.",
  "digital-throughout-life|ADDRESSES|digital-skills":
    "Strategien tar den opp i avsnittet om digital kompetanse og oppgir digital inkludering som formålet, noe som avhenger av folks ferdigheter.",
  "digital-transformation-strategy-university-and-college-sector|ADDRESSES|digital-skills":
    "Strategien nevner den blant nasjonale tiltak i avsnittet om digital kompetanse, uten å si hva den dekker.",
  "national-ehealth-strategy-2023|ALIGNED_WITH|national-cyber-security-strategy-for-norway":
    "Strategien vil ha tett oppfølging av digital sikkerhet for å holde tritt, og nevner denne strategien som måten sikkerhetsarbeidet samordnes på i offentlig sektor.",
  "national-ehealth-strategy-2023|ALIGNED_WITH|digital-throughout-life":
    "Strategien ber om å holde tritt med arbeidet med digital kompetanse; denne strategien for digital inkludering er én del av det arbeidet den nevner.",
  "national-ehealth-strategy-2023|ALIGNED_WITH|digital-transformation-strategy-university-and-college-sector":
    "Strategien vil følge utviklingen innen digital kompetanse tett; strategien for universitets- og høyskolesektoren er ett av de nasjonale tiltakene den lister opp der.",
  "national-ehealth-strategy-2023|ALIGNED_WITH|norway-sdg-action-plan":
    "Strategien sier at sektoren skal støtte FNs bærekraftsmål, og viser i en fotnote til denne planen som Norges måte å arbeide mot dem på.",
  "national-ehealth-strategy-2023|RELATED_TO|future-competence-needs-iii":
    "Rapporten er strategiens eksempel i fotnote på nasjonalt arbeid med digital kompetanse, et arbeid strategien sier må følges opp.",
  "national-ehealth-strategy-2017|SUCCEEDED_BY|national-ehealth-strategy-2023":
    "Forordet gjør opp status for framgangen siden den første strategien fra 2017 og sier at den nye gjelder fra 2023; den første gjaldt for 2017–2022.",
  "regional-development-plans|ALIGNED_WITH|national-ehealth-strategy-2023":
    "Strategien gir rammene for de regionale helseforetakenes utviklingsplaner.",
  "municipalities|ALIGNED_WITH|national-ehealth-strategy-2023":
    "Strategien gir rammene for kommunenes ambisjoner innen e-helse.",
  "objective-2|DEPENDS_ON|digital-skills":
    "Digital kompetanse i utdanningen av helsepersonell og ledere er en forutsetning.",
  "national-ehealth-strategy-2023|DEPENDS_ON|digital-skills":
    "Digital kompetanse er en forutsetning for strategiens ambisjoner.",
  "objective-5|DEPENDS_ON|coordinated-development-of-instruments": "Forutsetningen som Mål 5 selv angir.",

  // seed/objectives.ts
  "outcome-4-8|RELATED_TO|european-health-data-space":
    "EU-infrastrukturen for utveksling av helsedata som Norge skal bli del av, er MyHealth@EU, som EHDS-forordningen gjør til kanalen for deling av pasientdata mellom land.",

  // seed/sdgs.ts
  "objective-1|CONTRIBUTES_TO|sdg-3":
    "Å gi innbyggerne mer fleksibilitet og større mulighet til å ta ansvar for egen og sine næres helse kommer livskvaliteten direkte til gode.",
  "objective-2|CONTRIBUTES_TO|sdg-3":
    "Bedre verktøy for helsepersonell bidrar til likeverdige og kvalitetssikrede tjenester for alle, og det er en direkte helsegevinst.",
  "objective-3|CONTRIBUTES_TO|sdg-3":
    "Datadrevne tiltak for kvalitet, innovasjon, forebygging og beredskap gir direkte bedre helseutfall.",
  "objective-4|CONTRIBUTES_TO|sdg-3":
    "Som ett av de fem målene som alle tjener god helse, gir tilgjengelig og delt informasjon grunnlag for bedre helsehjelp, men mindre direkte for innbyggerne.",
  "objective-5|CONTRIBUTES_TO|sdg-3":
    "Sterkere samarbeid og virkemidler hjelper sektoren med å levere gode helseutfall; målet regnes blant de fem som bidrar, men ikke som et direkte bidrag.",
  "objective-4|CONTRIBUTES_TO|sdg-9":
    "Informasjonsforvaltning og standardisert deling holder sektorens digitale infrastruktur pålitelig og robust.",
  "objective-3|CONTRIBUTES_TO|sdg-9":
    "Å ta helsedata i bruk driver fram inkluderende og bærekraftig innovasjon i sektoren.",
  "objective-1|CONTRIBUTES_TO|sdg-9":
    "Innbyggernes digitale medvirkning er én av veiene til at helsetjenester ytes i nye, innovative former.",
  "objective-2|CONTRIBUTES_TO|sdg-9":
    "Nye digitale arbeidsverktøy for fagfolk bidrar til å fornye måten helsehjelpen ytes på.",
  "objective-5|CONTRIBUTES_TO|sdg-9":
    "Bedre samarbeid bygger økosystemer for forskning og innovasjon innen e-helse.",
  "objective-1|CONTRIBUTES_TO|sdg-10":
    "Tjenester tilpasset den enkelte, også personer som ikke bruker digitale kanaler, trekker i retning av lik tilgang uansett bakgrunn.",
  "objective-2|CONTRIBUTES_TO|sdg-10":
    "Likeverdige, kvalitetssikrede tjenester og sterkere digital kompetanse blant de ansatte bidrar til å minske forskjellene i tjenestene folk får.",
  "objective-3|CONTRIBUTES_TO|sdg-12":
    "Innsikt fra mer data lar aktørene drive mer effektivt og dermed redusere forbruket sitt.",
  "objective-1|CONTRIBUTES_TO|sdg-13":
    "Når mer helsehjelp gis digitalt og hjemme, blir det færre reiser og lavere utslipp fra transport.",
  "objective-2|CONTRIBUTES_TO|sdg-13":
    "Digital kommunikasjon mellom helsepersonell og pasienter reduserer reisene som tjenestene ellers ville kreve.",
  "objective-3|CONTRIBUTES_TO|sdg-13":
    "Dataanalyse gjør målrettet optimalisering mulig, og det reduserer sektorens klimafotavtrykk.",
  "objective-5|CONTRIBUTES_TO|sdg-17":
    "Bredere partnerskap og sterkere virkemidler gir strategien den gjennomføringskraften som bærekraftig utvikling er avhengig av.",
  "national-ehealth-strategy-follow-up|CONTRIBUTES_TO|sdg-17":
    "Når aktørene følger opp strategien sammen, holdes de i tett samarbeid om de ønskede effektene, den typen partnerskap målet etterlyser.",
  "goal-1-quality-and-coherence|CONTRIBUTES_TO|sdg-3":
    "Tryggere, bedre og mer sammenhengende helsehjelp er den første måten strategien sier at digitale verktøy fremmer helse og livskvalitet på.",
  "goal-2-sustainable-sector|CONTRIBUTES_TO|sdg-3":
    "En sektor som kan fortsette å levere med de ansatte og midlene den har, er nevnt som én av de tre veiene fra digitalisering til god helse.",
  "goal-3-innovation-strength|CONTRIBUTES_TO|sdg-3":
    "Nye måter å yte tjenester på, bygd på innovasjon, er den tredje veien strategien angir fra digitalisering til god helse.",

  // seed/arenas.ts
  "mariann-hornnes|HOLDS_ROLE|directorate-of-health":
    "Rollen hennes i det sammenslåtte direktoratet bygger på offentlige opplysninger om sammenslåingen i 2024; ingen av de fem dokumentene dekker det året.",
  "rune-simensen|HOLDS_ROLE|national-council-for-ehealth":
    "Signaturen under forordet er ufullstendig; direktoratets nyhetssak om strategien oppgir ham som leder av rådet.",
  "rune-simensen|LEADS|national-council-for-ehealth":
    "Signaturen under forordet er ufullstendig; direktoratets nyhetssak om strategien oppgir ham som leder av rådet.",
  "directorate-of-ehealth|COORDINATES|national-council-for-ehealth":
    "Strategiens fotnote 2 viser til Direktoratet for e-helses side om rådet, og direktoratet hadde sekretariatet for rådet.",
  "directorate-of-health|COORDINATES|national-council-for-ehealth":
    "Etter sammenslåingen drives rådsmodellen fra Helsedirektoratet.",
  "ks|LEADS|ks-co-management-structure-for-digitalisation":
    "Fotnoten omtaler strukturen som KS' egen; at KS, kommunenes organisasjon, driver den, er vår lesning og ikke en setning i strategien.",
  "south-eastern-norway-rha|MEMBER_OF|regional-health-authorities-digitalisation-collaboration":
    "Helse Sør-Øst er ett av de fire regionale helseforetakene og tar derfor del i deres felles digitaliseringsarbeid.",
  "western-norway-rha|MEMBER_OF|regional-health-authorities-digitalisation-collaboration":
    "Helse Vest er blant de fire regionale helseforetakene hvis felles digitaliseringsarbeid fotnoten nevner.",
  "central-norway-rha|MEMBER_OF|regional-health-authorities-digitalisation-collaboration":
    "Som ett av de fire regionale helseforetakene hører Helse Midt-Norge til samarbeidet fotnoten nevner.",
  "northern-norway-rha|MEMBER_OF|regional-health-authorities-digitalisation-collaboration":
    "Fotnoten nevner de regionale helseforetakenes samarbeid som helhet; Helse Nord, ett av de fire, er en del av det.",
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
