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

import type { SeedModule } from "./model.ts";

export const REASONS_NO: Readonly<Record<string, string>> = {
  // seed/country.ts
  "norway|MEMBER_OF|european-economic-area":
    "Oversikten lar EUs forordning om medisinsk utstyr gjelde for Norge fordi Norge er med i EØS.",
  "norway|MEMBER_OF|who":
    "Norge er medlemsland i Verdens helseorganisasjon, og derfor måler faktaarket landets begreper mot WHOs definisjoner.",

  // seed/organisations.ts
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
    "Helfo er en enhet under Helsedirektoratet.",
  "ministry-of-health-and-care-services|OWNS|norsk-helsenett":
    "Norsk helsenett er et statsforetak som eies gjennom Helse- og omsorgsdepartementet.",
  "department-of-ehealth|GOVERNS|norsk-helsenett":
    "Dokumentet om avdelingen gir den en styringsrolle for «the Norwegian Health Network»; virksomheten som driver dette nettet, er statsforetaket Norsk helsenett SF.",
  "department-of-ehealth|GOVERNS|norwegian-health-archives":
    "Avdelingen bidrar til styringen av Norsk helsearkiv, men står ikke alene for den.",
  "ministry-of-health-and-care-services|OWNS|south-eastern-norway-rha":
    "De regionale helseforetakene er statseide, og departementet utøver eierskapet.",
  "ministry-of-health-and-care-services|OWNS|western-norway-rha":
    "De regionale helseforetakene er statseide, og departementet utøver eierskapet.",
  "ministry-of-health-and-care-services|OWNS|central-norway-rha":
    "De regionale helseforetakene er statseide, og departementet utøver eierskapet.",
  "ministry-of-health-and-care-services|OWNS|northern-norway-rha":
    "De regionale helseforetakene er statseide, og departementet utøver eierskapet.",
  "south-eastern-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene sin egen strategi, som også omfatter e-helse.",
  "western-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene sin egen strategi, som også omfatter e-helse.",
  "central-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene sin egen strategi, som også omfatter e-helse.",
  "northern-norway-rha|PUBLISHED|regional-health-authority-strategies":
    "Ifølge faktaarket har hvert av de fire regionale helseforetakene sin egen strategi, som også omfatter e-helse.",
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
    "Dokumentet om avdelingen plasserer Direktoratet for e-helse under avdelingens etatsstyring, og strategiens forord kaller direktoratet den fagmyndigheten som samordner e-helse nasjonalt.",
  "directorate-of-health|RESPONSIBLE_FOR|national-ehealth-coordination":
    "Faktaarket fra 2025 sier at Helsedirektoratet har ansvaret for e-helse i Norge.",
  "target-group-healthcare-providers|RESPONSIBLE_FOR|coordination-of-healthcare-digitalisation":
    "Intervjuet legger hovedansvaret for digitaliseringen på helsesektoren selv.",
  "primary-care|RELATED_TO|ehealth-reimbursement":
    "Primærhelsetjenesten er for det meste rammefinansiert, så pasientene betaler sjelden ekstra for e-helse der.",
  "national-council-for-ehealth|ADVISES|directorate-of-health":
    "Rådsmodellen er rådgivende, og etter sammenslåingen har Helsedirektoratet den blant sine råd og utvalg.",
  "national-council-for-ehealth|ADVISES|directorate-of-ehealth":
    "Før sammenslåingen var rådet rådgivende for Direktoratet for e-helse, og strategien viser til direktoratets side om rådet (fotnote 2).",
  "paho|PART_OF|who": "PAHO er også WHOs regionkontor for Amerika.",
  "european-commission|PART_OF|european-union": "Europakommisjonen er EUs utøvende institusjon.",
  "the-government|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "ministry-of-health-and-care-services|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "ministry-of-local-government-and-modernisation|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "ministry-of-education-and-research|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "department-of-ehealth|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "ministry-section-for-ehealth|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "section-for-ehealth-services|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "section-for-analysis-and-governance|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "directorate-of-ehealth|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "directorate-of-health|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "south-eastern-norway-rha|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "western-norway-rha|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "central-norway-rha|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "northern-norway-rha|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "municipalities|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "norwegian-health-economics-administration|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "nav|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "norwegian-institute-of-public-health|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "norwegian-medicines-agency|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "norwegian-medical-products-agency|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "invest-in-norway|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "norsk-helsenett|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "norwegian-health-archives|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "oslo-university-hospital|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "radiumhospitalet|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "vestre-viken|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "lovisenberg-diaconal-hospital|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "storting|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "ks|LOCATED_IN|norway": "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",
  "national-council-for-ehealth|LOCATED_IN|norway":
    "Et norsk offentlig organ, et norsk sykehus eller en norsk forening.",

  // seed/people.ts
  "thomas-rannstad-haugen|RELATED_TO|ecan-country-factsheet-norway":
    "Gikk gjennom faktaarket som landekspert.",
  "bjornar-alexander-andreassen|RELATED_TO|ecan-country-factsheet-norway":
    "Gikk gjennom faktaarket som landekspert.",
  "jan-egil-nordvik|RELATED_TO|ecan-country-factsheet-norway": "Gikk gjennom faktaarket som landekspert.",

  // seed/solutions.ts
  "department-of-ehealth|MANAGES|helsenettet":
    "Avdelingen har ansvaret for innholdsforvaltningen av helsenettet.",
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
    "Lenken i faktaarket peker til planen på regjeringens nettsted.",
  "ministry-of-health-and-care-services|PUBLISHED|annual-assignment-documents":
    "Oppdragsdokumentene er eierens årlige bestillinger til de regionale helseforetakene.",
  "the-government|PUBLISHED|national-cancer-strategy-2025-2035":
    "Faktaarket lenker til strategien på regjeringens nettsted.",
  "the-government|PUBLISHED|ventetidsloftet":
    "Intervjuet kaller det en nasjonal satsing, i avsnittet om hvorfor regjeringen investerer i digitale verktøy.",
  "national-council-for-ehealth|RELATED_TO|national-ehealth-strategy-2023":
    "Helsemyndighetene var med på å utarbeide strategien gjennom rådsmodellen.",
  "oecd-ehealth-strategies-study|RELATED_TO|national-ehealth-strategy-2023":
    "Studien vurderer Norges strategi som godt forberedt, med en detaljert gjennomføringsplan.",
  "oecd-ehealth-strategies-study|RELATED_TO|national-ehealth-strategy-implementation-plan":
    "Studien trekker fram Norges gjennomføringsplan som et eksempel på oppfølging, med navngitte indikatorer, enheter, måltall og utgangsverdier.",
  "ecan-country-factsheet-norway|RELATED_TO|ecan-plus-joint-action":
    "Oppdatert i 2025 for fellesaksjonen eCAN+.",
  "ecan-country-factsheet-norway|RELATED_TO|ecan-joint-action": "Først utarbeidet for fellesaksjonen eCAN.",
  "public-health-act|APPLIES_IN|norway": "En norsk lov.",
  "tobacco-control-act|APPLIES_IN|norway": "En norsk lov.",
  "alcohol-act|APPLIES_IN|norway": "En norsk lov.",
  "health-research-act|APPLIES_IN|norway": "En norsk lov.",
  "storting|PUBLISHED|public-health-act": "Lover vedtas av Stortinget.",
  "storting|PUBLISHED|tobacco-control-act": "Lover vedtas av Stortinget.",
  "storting|PUBLISHED|alcohol-act": "Lover vedtas av Stortinget.",
  "storting|PUBLISHED|health-research-act": "Lover vedtas av Stortinget.",
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
    "Hvert av disse prosjektene forbereder en del av Det europeiske helsedataområdet.",
  "xpandh|RELATED_TO|european-health-data-space":
    "Hvert av disse prosjektene forbereder en del av Det europeiske helsedataområdet.",
  "xshare|RELATED_TO|european-health-data-space":
    "Hvert av disse prosjektene forbereder en del av Det europeiske helsedataområdet.",
  "tehdas-2|RELATED_TO|european-health-data-space":
    "Hvert av disse prosjektene forbereder en del av Det europeiske helsedataområdet.",
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
    "Bidrar indirekte til å forebygge kreft, uten å nevne kreft som sitt tema.",
  "alcohol-act|REGULATES|cancer-prevention":
    "Bidrar indirekte til å forebygge kreft, uten å nevne kreft som sitt tema.",
  "public-health-act|REGULATES|cancer-prevention":
    "Bidrar indirekte til å forebygge kreft, uten å nevne kreft som sitt tema.",
  "national-health-registries|RELATED_TO|ehealth-in-cancer-care":
    "Opplysninger om bruken av e-helse i kreftomsorgen finnes i det nasjonale helseregisteret.",
  "results-based-financing|RELATED_TO|ehealth-in-cancer-care":
    "Noen indikatorer for bruk av e-helse ligger i systemet for kvalitetsbasert finansiering, for alle pasienter.",
  "ce-marking-of-medical-devices|RELATED_TO|cancer-specific-ehealth-solutions":
    "Siden det ikke finnes noen egen sertifisering av e-helseverktøy for kreft, gjelder den generelle CE-merkingen av medisinsk utstyr.",
  "cancer-registry-of-norway|LOCATED_IN|norway": "Norges nasjonale kreftregister.",
  "municipalities|RELATED_TO|ehealth-in-cancer-care":
    "Faktaarket sier bare, i svaret om e-helse i kreftsentrene, at kreftomsorgen er godt utviklet i kommunene så vel som i spesialisthelsetjenesten; at e-helse er en del av den, er vår tolkning.",

  // seed/strategy.ts
  "national-ehealth-strategy-2017|SUCCEEDED_BY|national-ehealth-strategy-2023":
    "Forordet gjør opp status for framgangen siden den første strategien fra 2017 og sier at den nye gjelder fra 2023; den første gjaldt for 2017–2022.",
  "regional-development-plans|ALIGNED_WITH|national-ehealth-strategy-2023":
    "Strategien gir rammene for de regionale helseforetakenes utviklingsplaner.",
  "municipalities|ALIGNED_WITH|national-ehealth-strategy-2023":
    "Strategien gir rammene for kommunenes ambisjoner innen e-helse.",
  "objective-1|DEPENDS_ON|digital-security":
    "Digital sikkerhet er en forutsetning for alle målene i strategien.",
  "objective-2|DEPENDS_ON|digital-security":
    "Digital sikkerhet er en forutsetning for alle målene i strategien.",
  "objective-3|DEPENDS_ON|digital-security":
    "Digital sikkerhet er en forutsetning for alle målene i strategien.",
  "objective-4|DEPENDS_ON|digital-security":
    "Digital sikkerhet er en forutsetning for alle målene i strategien.",
  "objective-5|DEPENDS_ON|digital-security":
    "Digital sikkerhet er en forutsetning for alle målene i strategien.",
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
  "goal-1-quality-and-coherence|CONTRIBUTES_TO|sdg-3":
    "Det er gjennom bedre kvalitet og pasientsikkerhet, bærekraftig utvikling og innovasjon at digitaliseringen fremmer god helse.",
  "goal-2-sustainable-sector|CONTRIBUTES_TO|sdg-3":
    "Det er gjennom bedre kvalitet og pasientsikkerhet, bærekraftig utvikling og innovasjon at digitaliseringen fremmer god helse.",
  "goal-3-innovation-strength|CONTRIBUTES_TO|sdg-3":
    "Det er gjennom bedre kvalitet og pasientsikkerhet, bærekraftig utvikling og innovasjon at digitaliseringen fremmer god helse.",

  // seed/arenas.ts
  "rune-simensen|HOLDS_ROLE|national-council-for-ehealth":
    "Signaturen under forordet er ufullstendig; direktoratets nyhetssak om strategien oppgir ham som leder av rådet.",
  "rune-simensen|LEADS|national-council-for-ehealth":
    "Signaturen under forordet er ufullstendig; direktoratets nyhetssak om strategien oppgir ham som leder av rådet.",
  "directorate-of-ehealth|COORDINATES|national-council-for-ehealth":
    "Strategiens fotnote 2 viser til Direktoratet for e-helses side om rådet, og direktoratet hadde sekretariatet for rådet.",
  "directorate-of-health|COORDINATES|national-council-for-ehealth":
    "Etter sammenslåingen drives rådsmodellen fra Helsedirektoratet.",
  "national-council-for-ehealth|SUPPORTS|objective-5":
    "Nevnt som en av samarbeidsarenaene der samarbeidet som Mål 5 omtaler, har vokst fram.",
  "ks-co-management-structure-for-digitalisation|SUPPORTS|objective-5":
    "Nevnt som en av samarbeidsarenaene der samarbeidet som Mål 5 omtaler, har vokst fram.",
  "regional-health-authorities-digitalisation-collaboration|SUPPORTS|objective-5":
    "Nevnt som en av samarbeidsarenaene der samarbeidet som Mål 5 omtaler, har vokst fram.",
  "health-communities|SUPPORTS|objective-5":
    "Nevnt som en av samarbeidsarenaene der samarbeidet som Mål 5 omtaler, har vokst fram.",
  "skate|SUPPORTS|objective-5":
    "Nevnt som en av samarbeidsarenaene der samarbeidet som Mål 5 omtaler, har vokst fram.",
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
