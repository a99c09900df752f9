/**
 * The Norwegian (bokmål) description of every seed node, by node id: a faithful rendering of the
 * node's English `description`, in this graph's own words like the English, with the same facts,
 * figures, years and names (bodies under their official Norwegian names).
 *
 * One map beside the seed modules rather than a field in each of them: the modules keep their
 * tables (tuples of id, name, English text) as they are, and a bokmål reader can review the whole
 * Norwegian text in one place, in the modules' order. The two cannot drift apart unnoticed:
 * `seed/modules.ts` attaches each text to its node, the validator rejects a node without one, and a
 * unit test rejects a text whose id is no node (and one that drops a number the English gives).
 */

import type { SeedModule } from "#model/model.ts";

/** Templated like the English in seed/organisations.ts (`rha`): one text for the four regions. */
function regionalHealthAuthority(region: string): string {
  return `Statseid regionalt helseforetak for ${region}; det eier helseforetakene der og har ansvaret for spesialisthelsetjenesten i regionen.`;
}

export const DESCRIPTIONS_NO: Readonly<Record<string, string>> = {
  // seed/country.ts
  norway:
    "Nordisk land med et delvis desentralisert, skattefinansiert helsesystem: kommunene har ansvaret for primærhelsetjenesten og fire regionale helseforetak for spesialisthelsetjenesten. Norge står utenfor EU, men er med i EØS og deltar i mange europeiske prosjekter om digital helse.",
  "norway-population": "Antall mennesker som bor i Norge ifølge landoversikten: om lag 5,4 millioner.",
  "norway-health-expenditure-gdp": "Norge brukte 7,9 prosent av bruttonasjonalproduktet på helse i 2022.",
  "norway-municipalities-count":
    "Norge har 357 kommuner; de er forvaltningsnivået nærmest innbyggerne og har ansvaret for primærhelsetjenesten.",
  "norway-regional-health-authorities-count":
    "Spesialisthelsetjenesten i Norge er organisert i fire regionale helseforetak, som driver sykehusene.",
  "ageing-population":
    "En voksende andel eldre, som statssekretæren nevner som et press på de fleste europeiske helsesystemer som digitalisering skal hjelpe til å møte; strategiens kunnskapsgrunnlag nevner det også for Norge.",
  "shortage-of-health-personnel":
    "For få helsearbeidere til framtidens pasienter: i intervjuet et press Norge deler med de fleste EU-land, og en grunn til at regjeringen satser på digital helse.",
  "national-data-exchange-platforms":
    "Felles nasjonale plattformer og fellestjenester som pasientdata, resepter og kritisk helseinformasjon flyter gjennom mellom aktørene; statssekretæren regner dem blant Norges viktigste resultater det siste tiåret.",
  "public-private-collaboration":
    "Samarbeid på tvers av myndigheter, helsetjenester, næringsliv og teknologileverandører, som statssekretæren kaller avgjørende for at digital helse skal lykkes; et tidlig felles arbeid av dette slaget førte fram til en samlet strategi.",

  // seed/organisations.ts
  "the-government":
    "Norges regjering. I intervjuet staker den ut kursen for digital helse og de fem målene for helsetjenesten for 2024–2027, mens helsesektoren selv bærer det meste av ansvaret for digitaliseringen.",
  "ministry-of-health-and-care-services":
    "Departementet for helse og omsorg. Her ligger E-helseavdelingen, og i intervjuet fra 2025 legger departementet fram de nasjonale e-helseløsningene.",
  "department-of-ehealth":
    "Avdeling i Helse- og omsorgsdepartementet som samordner digitaliseringen av helsesektoren som helhet: det nasjonale rammeverket for digitale løsninger, digital sikkerhet og videre bruk av helsedata ut over behandlingen av den enkelte pasient.",
  "ministry-section-for-ehealth":
    "Departementets enhet for e-helse før den ble en egen avdeling: en seksjon fra 2014, som i juni 2016 ble løftet opp til E-helseavdelingen.",
  "section-for-ehealth-services":
    "Seksjon i E-helseavdelingen med tjenester på tre felt: pasientjournalsystemer, helsedata og digital sikkerhet med beredskap.",
  "section-for-analysis-and-governance":
    "Seksjon i E-helseavdelingen som har ansvaret for økonomi, etatsstyringen av Direktoratet for e-helse og tjenester for digital samhandling.",
  "directorate-of-ehealth":
    "Tidligere nasjonal fagmyndighet for e-helse, underlagt etatsstyring fra E-helseavdelingen. Det var direktoratet selv som ledet arbeidet med den nasjonale e-helsestrategien fra 2023. Det ble opprettet 1. januar 2016 og slått sammen med Helsedirektoratet 1. januar 2024.",
  "directorate-of-health":
    "Direktorat under Helse- og omsorgsdepartementet som faktaarket fra 2025 oppgir som ansvarlig for e-helse i Norge; fagfolkene som gjennomgikk faktaarket, arbeider der.",
  "ministry-of-local-government-and-modernisation":
    "Departementet bak digitaliseringsstrategien for offentlig sektor 2019–2025 og Digital hele livet (2021), en strategi for digital inkludering; e-helsestrategien nevner begge der den drøfter digital kompetanse.",
  "ministry-of-education-and-research":
    "Departementet som ga ut strategien for digital omstilling i universiteter og høyskoler, som e-helsestrategien viser til om digital kompetanse.",
  "south-eastern-norway-rha": regionalHealthAuthority("Sørøst-Norge"),
  "western-norway-rha": regionalHealthAuthority("Vestlandet"),
  "central-norway-rha": regionalHealthAuthority("Midt-Norge"),
  "northern-norway-rha": regionalHealthAuthority("Nord-Norge"),
  municipalities:
    "De 357 kommunene, som gir primærhelsetjenester, blant annet fastleger, og er forvaltningsnivået nærmest innbyggerne.",
  "norwegian-health-economics-administration":
    "Etat som oversikten oppgir som forvalter av folketrygden, som omfatter alle innbyggere; i praksis gjør den opp trygdens refusjoner for helsetjenester. Den het en gang Helseøkonomiforvaltningen og er i dag Helfo, Helsedirektoratets ytre etat.",
  nav: "Arbeids- og velferdsetaten, som forvalter folketrygden; oversikten bruker forkortelsen som navn på selve trygdeordningen.",
  "national-insurance-scheme":
    "Allmenn sosialforsikring som omfatter alle som bor i Norge, også refusjon av helseutgifter; helsesystemet bak den er finansiert med skatter.",
  "norwegian-institute-of-public-health":
    "Folkehelseetat som gjennom nettstedet sitt gir forskere tilgang til flere nasjonale helsedatabaser.",
  "norwegian-medicines-agency":
    "Tilsynsmyndighet for legemidler og fra 2018 også for medisinsk utstyr. Oversikten viser selskaper til nettstedet for veiledning om hvordan utstyr klassifiseres og om samsvarserklæringen, som produsenten selv utsteder før CE-merking. 1. januar 2024 fikk den et bredere ansvar og navnet Direktoratet for medisinske produkter.",
  "norwegian-medical-products-agency":
    "Tilsynsmyndigheten for legemidler og medisinsk utstyr under navnet den fikk i 2024, med nye oppgaver innen forsyningssikkerhet og offentlig finansiering av medisinske produkter; faktaarket oppgir den som instansen for CE-merking i Norge.",
  "invest-in-norway":
    "Norges offisielle organ for å fremme investeringer og første kontaktpunkt for utenlandske selskaper som vil etablere seg eller drive virksomhet i det norske markedet, også innen digital helse.",
  "norsk-helsenett":
    "Statsforetak eid av Helse- og omsorgsdepartementet som drifter helsenettet og, siden 1. januar 2020, de nasjonale e-helseløsningene. Vi leser «Norwegian Health Network», som avdelingssiden sier at avdelingen styrer, som dette foretaket og ikke som selve nettet.",
  "norwegian-health-archives":
    "Nasjonalt arkiv for pasientjournaler fra spesialisthelsetjenesten; E-helseavdelingen deltar i styringen av det.",
  "oslo-university-hospital":
    "Helseforetak i Oslo med Norges eneste omfattende kreftsenter, som følger opp et bredt spekter av kreftdiagnoser.",
  radiumhospitalet:
    "Kreftsykehus i Oslo, en del av Oslo universitetssykehus, nevnt for automatiserte EKG-målinger og ultralydbilder som går rett inn i pasientjournalen.",
  "vestre-viken":
    "Helseforetak vest for Oslo som bruker kunstig intelligens til å tolke radiologiske bilder, slik at pasientene kan prioriteres raskt.",
  "lovisenberg-diaconal-hospital":
    "Privat, ideelt sykehus i Oslo som kortet ned ventelistene for operasjoner med en femtedel ved hjelp av planlegging basert på kunstig intelligens.",
  storting:
    "Norges nasjonalforsamling, som ifølge e-helsestrategien har løftet fram digital sikkerhet i helsesektoren som et sentralt tema.",
  ks: "Interesseorganisasjonen for kommunene og fylkeskommunene; organisasjonens samstyringsstruktur for digitalisering er en av samarbeidsarenaene strategien nevner.",
  who: "FNs organ for internasjonal folkehelse; faktaarket bruker organisasjonens definisjoner av e-helse, digital helse og telehelse.",
  "who-global-observatory-for-ehealth":
    "WHO-program som kartlegger e-helse over hele verden; faktaarket henter definisjonen av mHealth herfra.",
  paho: "Internasjonalt folkehelseorgan for Amerika, som også er WHOs regionkontor der; faktaarket bruker organets formulering av begrepet telekonsultasjon.",
  "european-union":
    "Union av europeiske stater; Norge er ikke medlem, men er gjennom EØS bundet av mye EU-rett. Faktaarket bruker EUs definisjon av digital helse.",
  "european-commission": "EUs utøvende organ; meldingen COM(2008)689 fra 2008 definerer telemedisin.",
  "european-economic-area":
    "Avtalen om et felles indre marked mellom EU og Norge, Island og Liechtenstein; gjennom den gjelder EU-regler som forordningen om medisinsk utstyr også i Norge.",
  "ehealth-network":
    "Frivillig nettverk av de nasjonale myndighetene med ansvar for e-helse i EU- og EØS-landene; Norge er et aktivt medlem.",
  "digital-interaction-in-the-healthcare-sector":
    "Elektronisk utveksling og samarbeid mellom aktørene i helse- og omsorgstjenestene.",
  "improved-medical-record-solutions":
    "Bedre og moderniserte elektroniske pasientjournalsystemer for helsesektoren.",
  "digital-services-for-citizens-and-healthcare-personnel":
    "Nettbaserte tjenester for befolkningen og for helsepersonell.",
  "health-data-and-national-health-data-filing-systems":
    "Bruk av helsedata og de nasjonale registrene som inneholder dem, også sekundærbruk.",
  "digital-security-emergency-preparedness-and-privacy":
    "Å beskytte helseopplysninger og helsesystemer, være forberedt på hendelser og ivareta personvernet.",
  "ict-infrastructure-and-common-components":
    "Det felles tekniske grunnlaget og de nasjonale byggeklossene som e-helsetjenestene hviler på.",
  "standards-terminology-and-coding-schemes":
    "Felles standarder, kliniske terminologier og kodeverk for strukturert helseinformasjon.",
  "oversight-of-ehealth-bodies":
    "Avdelingens styring av tre virksomheter: den fører etatsstyring med Direktoratet for e-helse, eierstyring med Norsk helsenett SF (sidens «content management») og deltar i styringen av Norsk helsearkiv.",
  "international-ehealth-cooperation": "Norges samarbeid med andre land og europeiske organer om e-helse.",
  "coordination-of-healthcare-digitalisation":
    "Overordnet samordning av digitaliseringen i hele helsesektoren, blant annet nasjonale rammebetingelser for digitale løsninger, sekundærbruk av helsedata og digital sikkerhet.",
  "digitalisation-of-the-healthcare-sector":
    "Å gjennomføre selve den digitale omstillingen av helsetjenesten, til forskjell fra å samordne den; i intervjuet fra 2025 ligger hovedtyngden av denne oppgaven hos sektoren, mens regjeringen staker ut kursen.",
  "follow-up-of-major-ehealth-efforts":
    "Å følge med på de store nasjonale e-helsesatsingene og på arbeidet med å modernisere sektorens pasientjournalsystemer, en oppgave avdelingssiden gir E-helseavdelingen.",
  "ehealth-governance-guidelines":
    "Samordning av veiledningen departementet gir sine underliggende virksomheter om e-helse.",
  "digital-security-and-emergency-preparedness":
    "Tjenester for å beskytte helsesystemer og helseopplysninger og for beredskap mot hendelser, slik Seksjon for e-helsetjenester håndterer dem.",
  "norway-large-national-cohorts":
    "Norges store befolkningsstudier som følges over tid, og som oversikten nevner ved siden av landets ledende stilling innen digital helse.",
  "financial-affairs": "Budsjett- og økonomisaker i E-helseavdelingen.",
  "national-ehealth-coordination":
    "Den nasjonale rollen for e-helse på direktoratsnivå: å samordne utviklingen i hele sektoren og være fagmyndighet. Hvilket direktorat som har rollen, avhenger av kildens dato.",
  "specialised-health-care":
    "Sykehusbehandling og annen spesialistbehandling, levert under de fire regionale helseforetakene.",
  "primary-care": "Helse- og omsorgstjenester nær innbyggerne, blant annet fastleger, drevet av kommunene.",
  "ce-marking-of-medical-devices":
    "Å avgjøre om et produkt er medisinsk utstyr og i hvilken risikoklasse, og produsentens samsvarserklæring som gjør det kvalifisert for CE-merking; e-helseverktøy som er medisinsk utstyr, går også gjennom den: faktaarket påpeker at e-helseverktøy for kreft ikke har noen egen sertifisering, bare dette generelle systemet.",
  "ehealth-reimbursement":
    "Offentlig betaling for digitale helseverktøy: stort sett dekket både poliklinisk og ved innleggelse, men i noen tilfeller med egenandel, for eksempel for trygghetsalarmer, som regnes som velferdsteknologi og ikke som helsehjelp.",

  // seed/people.ts
  "ellen-ronning-arnesen":
    "Statssekretær i Helse- og omsorgsdepartementet som i april 2025 forklarte Norges trinnvise tilnærming til digital helse og hvilken rolle tillit spiller.",
  "thomas-rannstad-haugen":
    "Fagperson i Helsedirektoratet som gjennomgikk det norske landfaktaarket for eCAN i 2023/2024.",
  "bjornar-alexander-andreassen":
    "Fagperson i Helsedirektoratet som gjennomgikk det norske faktaarket for eCAN i 2023/2024 og på nytt for eCAN+ da det ble oppdatert i oktober 2025.",
  "jan-egil-nordvik":
    "Fagperson i Helsedirektoratet som gjennomgikk det norske landfaktaarket for eCAN i 2023/2024.",

  // seed/solutions.ts
  helsenorge:
    "Offentlig helseportal som helsemyndighetene opprettet i 2011. Det uttalte formålet er å gjøre helsetjenestene lettere tilgjengelige for pasienter og pårørende, hjelpe dem å mestre og bedre egen helse og styrke pasientens rolle; innbyggerne bruker den til å lese journalen sin, bestille timer og konsultere helsetjenesten på nett.",
  kjernejournal:
    "Nasjonal digital journal med de viktigste helseopplysningene om en pasient, som allergier, legemidler og vaksiner, til bruk for helsepersonell.",
  "e-resept":
    "Nasjonalt reseptsystem som formidler resepter sikkert mellom forskrivere, apotek og leverandører av medisinske varer.",
  helsenettet:
    "Sikkert nasjonalt nettverk der aktørene i helse- og omsorgssektoren utveksler informasjon; godkjente tredjepartsleverandører kan tilby tjenestene sine til alle som er koblet til det.",
  helsecert: "Helsesektorens nasjonale responsmiljø for hendelser innen digital sikkerhet.",
  helsedataservice:
    "Nasjonal tjeneste som hjelper forskere og andre med å søke om og få tilgang til helsedata fra registre og andre kilder.",
  "national-health-registries":
    "Norges nasjonale helsedatabaser og helseregistre, åpne for forskning og med opplysninger også om bruken av e-helse i kreftomsorgen.",
  "digital-citizen-services":
    "Nettbaserte helsetjenester for befolkningen; avdelingen oppgir dem som arbeid den er engasjert i.",
  "digital-dialogue":
    "Sikker kommunikasjon på nett mellom pasienter og helsepersonell, for eksempel meldinger og videokonsultasjoner.",
  "patient-access-to-own-records": "Tjeneste som lar pasienter lese sin egen journal på nett.",
  "digital-home-follow-up":
    "Teknologi og fjernoppfølging som gjør at personer med helseproblemer kan følges opp hjemme; noe velferdsteknologi, som trygghetsalarmer, faller utenfor helsehjelp og kan ha egenandel.",
  "safety-alarms":
    "Alarmer i hjemmet som regnes som velferdsteknologi og ikke som helsehjelp, og som innbyggerne noen ganger betaler egenandel for.",
  "telemedical-consultations":
    "Konsultasjoner på avstand der refusjonen for det meste er bygd inn i finansieringen av spesialisthelsetjenesten og av fastlegene.",
  "electronic-messaging":
    "Tidlig form for norsk e-helse: strukturerte elektroniske meldinger som sendes mellom tjenesteytere i helsesektoren.",
  "electronic-patient-records":
    "Journalsystemene som sykehus og andre tjenesteytere bruker; avdelingen følger moderniseringen av dem, og sykehusene fører prøvesvar automatisk inn i dem.",

  // seed/documents.ts
  "regional-health-authority-strategies":
    "Hvert av de fire regionale helseforetakene har sin egen strategi, også for e-helse; over dem står en overordnet strategi for helseforetakene, som fotnoten i faktaarket oppgir som Nasjonal helse- og sykehusplan 2020–2023. Hvor mye interessentene involveres i utformingen, varierer mellom regionene.",
  "annual-assignment-documents":
    "Årlige oppdrag fra departementet som sier hva de regionale helseforetakene skal levere.",
  "national-cancer-strategy-2025-2035":
    "Norges kreftstrategi for 2025–2035, som også fungerer som landets nasjonale kreftplan; den legger vekt på telemedisin og e-helse i kreftomsorgen og har tatt hensyn til EUs kreftplan og kreftoppdrag.",
  ventetidsloftet:
    "Nasjonal satsing for å korte ned ventetidene på behandling, der digitale verktøy for logistikk og effektivitet spiller en rolle.",
  "ehealth-relevant-legislation":
    "Norge regulerer e-helse og telemedisin gjennom den alminnelige helselovgivningen; det finnes ingen egen lov om telemedisin.",
  "public-health-act": "Lov som skal forebygge helseskader, også kreft, uten å nevne kreft uttrykkelig.",
  "tobacco-control-act":
    "Tobakkslovgivning som faktaarket regner blant lovene som indirekte bidrar til å forebygge kreft.",
  "alcohol-act":
    "Alkohollovgivning som faktaarket regner blant lovene som indirekte bidrar til å forebygge kreft.",
  "health-research-act":
    "Lov om medisinsk og helsefaglig forskning som departementet gjennomgår for å åpne for ansvarlig bruk av helsedata.",
  "eu-mdr-2017-745":
    "EUs regler om medisinsk utstyr, som gjelder i Norge gjennom EØS; de krever CE-merking og en samsvarserklæring fra produsenten.",
  "ehds-regulation":
    "EU-forordning som oppretter et felles rammeverk for bruk og deling av helsedata i EU, og som ventes å bli utvidet til EØS-land som Norge.",
  "oecd-ehealth-strategies-study":
    "Sammenlignende studie av e-helsestrategiene i ni OECD-land, som roser Norges gjennomføringsplan for å angi indikatorer, måltall og utgangsverdier.",
  "ecan-country-factsheet-norway":
    "Landfaktaark som først ble utarbeidet i 2023/2024 for eCAN Joint Action og oppdatert i oktober 2025 for eCAN+, gjennomgått av fagfolk i Helsedirektoratet.",
  "generic-ehealth-solutions":
    "Løsninger laget for hele bredden av diagnoser og tilstander, også kreft, heller enn for én sykdom; faktaarket kaller dem sentrale sett fra et bærekraftperspektiv.",
  "waiting-times":
    "Lange ventetider på helsetjenester, en av de to store belastningene på norsk helsevesen ved siden av mangel på personell.",
  "national-ehealth-strategy-hearing":
    "Den åpne høringen som utkastet til strategi gikk gjennom før den ble publisert, en av måtene helsemyndighetene deltok i utformingen på.",

  // seed/europe.ts
  "prevent-ncd":
    "Europeisk fellesaksjon for å forebygge ikke-smittsomme sykdommer som kreft; Norge leder den.",
  "xt-ehr":
    "Europeisk fellesaksjon som forbereder det felles utvekslingsformatet for elektroniske pasientjournaler i Det europeiske helsedataområdet.",
  xpandh:
    "Europeisk prosjekt som hjelper virksomheter med å ta i bruk det europeiske utvekslingsformatet for elektroniske pasientjournaler.",
  xshare: "Europeisk prosjekt om å la innbyggere dele journalen sin i det europeiske utvekslingsformatet.",
  "tehdas-2":
    "Den andre fellesaksjonen om Det europeiske helsedataområdet, som utarbeider veiledning for sekundærbruk av helsedata.",
  "ecan-joint-action":
    "Europeisk fellesaksjon om e-helse i kreftomsorgen, som Norges landfaktaark først ble utarbeidet for.",
  "ecan-plus-joint-action":
    "Oppfølgingen av fellesaksjonen eCAN, som styrker kreftsentrenes digitale kapasitet, for eksempel telemedisin og bedre bruk av helsedata, og kartlegger e-helsepolitikken i EU- og EØS-landene.",
  "european-health-data-space":
    "Felles rammeverk for EU og EØS for utveksling og gjenbruk av helsedata; Norge regner deltakelse i det som en sentral del av sin tilnærming.",
  "eu-beating-cancer-plan": "EUs plan mot kreft, som Norges nye kreftstrategi tok hensyn til.",
  "eu-cancer-mission":
    "EUs forsknings- og innovasjonsoppdrag om kreft, som Norges kreftstrategi også tok i betraktning.",

  // seed/definitions.ts
  ehealth:
    "WHOs forståelse av e-helse: rimelig og sikker bruk av informasjons- og kommunikasjonsteknologi for helsetjenester, overvåking, litteratur, utdanning, kunnskap og forskning.",
  mhealth:
    "Medisinsk praksis og folkehelsearbeid som utføres ved hjelp av mobiltelefoner, pasientmonitorer, PDA-er og andre trådløse enheter, slik WHO Global Observatory for eHealth avgrenser det.",
  dhealth:
    "EUs forståelse av digital helse og omsorg: IKT-baserte verktøy og tjenester for å forebygge, diagnostisere, behandle, overvåke og håndtere helseproblemer og levevaner som påvirker helsen.",
  "digital-health-who":
    "WHOs videre begrep om digital helse: kunnskap og praksis knyttet til digitale teknologier for helse, som utvider e-helse til digitale forbrukere, smarte og tilkoblede enheter, tingenes internett, kunstig intelligens, stordata og robotikk.",
  telehealth:
    "WHO ser telehelse som videre enn telemedisin, fordi den også omfatter datastøttet telekommunikasjon for ledelse, overvåking, litteratur og tilgang til medisinsk kunnskap.",
  telemedicine:
    "Helsetjenester som ytes med IKT når pasient og fagperson (eller to fagpersoner) er på ulike steder, med sikker overføring av medisinske data til forebygging, diagnose, behandling og oppfølging; fra Kommisjonens COM(2008)689.",
  teleconsultation:
    "Elektronisk kontakt mellom en kliniker og en pasient for å gi råd om diagnose eller behandling, slik PAHO beskriver det; kalles noen ganger også telehelse.",
  "health-app":
    "Programvare, som regel for en mobil enhet, beregnet spesielt på å håndtere, opprettholde eller bedre enkeltpersoners helse eller på å yte helsehjelp; Essén mfl. 2022 bygger på en formulering fra ISO (2021).",
  "essen-et-al-2022":
    "Forskningspublikasjon fra 2022 med en definisjon av helseapp, bygd på en ISO-standard, som faktaarket bruker.",

  // seed/governmentGoals.ts
  "healthcare-goal-public-health":
    "Bedre folkehelse og mindre sosiale forskjeller i hvem som får helsehjelp.",
  "healthcare-goal-patient-pathways":
    "Smidigere pasientforløp og rask tilgang til helsehjelp uansett hvor folk bor.",
  "healthcare-goal-attractive-workplace": "En helse- og omsorgssektor som fagfolk ønsker å jobbe i.",
  "healthcare-goal-sustainable-resources": "Ressurser som brukes bærekraftig og fordeles rettferdig.",
  "healthcare-goal-preparedness": "Å være forberedt på helsemessige nødsituasjoner, kriser og katastrofer.",
  "radiumhospitalet-automated-ecg":
    "EKG-målinger er automatisert, og resultatene sendes digitalt rett inn i den elektroniske pasientjournalen, slik at forsinkelser forsvinner; ultralydbilder går på samme måte direkte inn i journalen.",
  "vestre-viken-ai-radiology":
    "Kunstig intelligens tolker radiologiske bilder, slik at pasientene kan prioriteres raskt og vente mindre.",
  "lovisenberg-ai-surgery-scheduling":
    "Kunstig intelligens planlegger operasjoner ved Lovisenberg Diakonale Sykehus og har kortet ned ventelistene for operasjoner med en femtedel.",
  "lovisenberg-surgery-waitlist-reduction":
    "Ventelistene for operasjoner ved Lovisenberg Diakonale Sykehus falt med 20 prosent etter at planleggingen ble basert på kunstig intelligens.",
  "ai-clinical-documentation":
    "Kunstig intelligens som skriver notater under konsultasjoner mellom lege og pasient og ved psykiatriske poliklinikker.",
  "ai-emergency-triage":
    "Kunstig intelligens som hjelper til med å avgjøre hvilke pasienter som trenger akutthjelp først.",
  "municipal-digital-adoption": "Å hjelpe kommunene med å ta i bruk digitale løsninger.",
  "health-data-access-for-research":
    "Å gjøre helsedata enklere å bruke, på en ansvarlig måte, til forskning og næringsutvikling.",
  "confidentiality-provisions":
    "Å gjennomgå reglene om taushetsplikt slik at informasjon kan deles på en sikker måte.",

  // seed/cancer.ts
  "ous-comprehensive-cancer-centre":
    "Norges eneste omfattende kreftsenter, ved Oslo universitetssykehus, som følger opp et bredt spekter av kreftdiagnoser; det har utarbeidet en regional kreftstrategi.",
  "ous-regional-cancer-strategy":
    "Regional kreftstrategi utarbeidet av det omfattende kreftsenteret i Oslo; den omtaler ikke e-helse som sådan, men dekker hjemmeoppfølging, sykehus hjemme og digital kontakt med pasientene.",
  "home-hospital": "Behandling på sykehusnivå i pasientens eget hjem, støttet av fjernoppfølging.",
  "cancer-registry-of-norway":
    "Nasjonalt kreftregister; faktaarket viser til registerets oversikt over sentrale lover og forskrifter om kreft når det omtaler lovgivning for kreftforebygging.",
  "ehealth-in-cancer-care":
    "Bruk av telemedisin og andre digitale verktøy i forebygging og behandling av kreft. Norge har ingen egne nasjonale indikatorer for dette, men registerdata og noen generelle indikatorer i finansieringssystemet kaster lys over det, og ingen lovgivning som nevner det: faktaarket svarer nei på spørsmålet om en lov om e-helse i kreftomsorgen.",
  "cancer-prevention":
    "Forebygging av kreft. Faktaarket svarer ja på spørsmålet om lovgivning om dette og gir tobakks- og alkoholloven som eksempler, selv om ingen enkelt lov er viet til det; folkehelseloven motvirker også helseskader, kreft medregnet, uten å nevne kreft.",
  "results-based-financing":
    "Den delen av sykehusfinansieringen som er knyttet til resultater; noen av indikatorene måler bruk av e-helse for alle pasienter, ikke bare for kreftpasienter.",
  "cancer-ehealth-initiatives":
    "Mange prosjekter i kreftomsorgen med mer eller mindre teknologi, drevet av spesialisthelsetjenesten, forskere, teknologiselskaper, interesseorganisasjoner og samarbeid mellom dem.",
  "cancer-specific-ehealth-solutions":
    "Faktaarkets tabeller over kreftspesifikke e-helseverktøy etter behandlingsområde står tomme for Norge, og antall, anbefalinger, fordeling mellom offentlig og privat og bruk blant tjenesteyterne er ikke tilgjengelig.",

  // seed/strategy.ts
  "national-ehealth-strategy-2023":
    "Helse- og omsorgssektorens felles retningsdokument for digitalisering i hele sektoren i Norge, gjeldende fra 2023 og med blikket mot 2030. Den fastsetter én visjon, tre overordnede mål og fem strategiske mål, og gir rammer for de enkelte aktørenes digitaliseringsstrategier uten å endre eksisterende styringsstrukturer.",
  "national-ehealth-strategy-2017":
    "Norges første nasjonale strategi for e-helse, lansert i 2017; strategien fra 2023 ser tilbake på framgangen i digitaliseringen siden den kom. Offentlige kilder oppgir perioden som 2017–2022, med en oppdatering i 2019.",
  "national-ehealth-strategy-vision":
    "Den langsiktige retningen i strategien fra 2023. Hvert nøkkelord har sin betydning: samarbeid på tvers av aktører (sammen), sammenhengende og brukervennlige tjenester (helhetlige), pasientsikkerhet, beredskap, sikkerhet og tillit (trygge), bruk av nye muligheter til å forbedre helsehjelpen (nyskapende) og å sette folk i stand til å ta vare på egen og sine næres helse (helse og mestring).",
  "goal-1-quality-and-coherence":
    "Første overordnede mål: bruke digitalisering og teknologi til å redusere uønsket variasjon i kvalitet, styrke pasientsikkerheten og informasjonsdelingen og gjøre tjenestene sammenhengende, robuste og rettferdige, også for folk uansett hvor de bor.",
  "goal-2-sustainable-sector":
    "Andre overordnede mål: med en aldrende befolkning og for få helsearbeidere skal digitalisering øke produktiviteten og støtte forebygging og smartere arbeidsmåter, slik at ressursene og fagkompetansen brukes best mulig.",
  "goal-3-innovation-strength":
    "Tredje overordnede mål: gjøre digitalisering til en drivkraft for innovasjonskultur og kompetanse, som åpner for å yte tjenester, samarbeide og utnytte teknologi på nye måter.",
  "target-group-citizens":
    "En av de to gruppene hvis behov står i sentrum av strategien: folk som ønsker trygge, tilpassede og tilgjengelige tjenester og muligheten til å ta aktivt del i egen og sine næres helse.",
  "target-group-healthcare-professionals":
    "Den andre gruppen i sentrum av strategien: ansatte som trenger brukervennlig digital støtte og oppdatert informasjon, slik at arbeidsdagen blir effektiv og de kan ta gode beslutninger sammen med pasientene.",
  "target-group-healthcare-providers":
    "Virksomheter som yter helse- og omsorgstjenester; sammen med helseforvaltningen har de et felles ansvar for å sette strategien ut i livet.",
  "target-group-health-administration":
    "Den offentlige forvaltningen av helse- og omsorgssektoren, som deler ansvaret for å gjennomføre strategien med tjenesteyterne.",
  "target-group-research-and-education":
    "Forsknings- og utdanningsmiljøer; ifølge strategien er samarbeid med dem avgjørende for å oppnå framgang og gevinster.",
  "target-group-industry":
    "Aktører i næringslivet, nevnt som viktige samarbeidspartnere i gjennomføringen av strategien.",
  "target-group-patient-and-consumer-organisations":
    "Organisasjoner som representerer pasienter og forbrukere, oppført blant samarbeidspartnerne som trengs i gjennomføringen; slike organisasjoner deltok også i utformingen av strategien.",
  "target-group-professional-and-interest-associations":
    "Fag- og interesseorganisasjoner som strategien venter et tett samarbeid med i gjennomføringen.",
  "target-group-other-public-and-local-government-agencies":
    "Statlige og kommunale virksomheter utenfor helse- og omsorgssektoren; strategien anser samarbeid med dem som avgjørende for den ønskede framgangen.",
  "digital-security":
    "Et tverrgående tema uten eget mål, som likevel regnes som en forutsetning for alle målene i strategien; stadig flere alvorlige dataangrep mot sektoren gjør tett oppfølging nødvendig, og senere føringer kan endre strategien.",
  "digital-skills":
    "Et tverrgående tema som omfatter holdningene, ferdighetene, kunnskapen og forståelsen som trengs for å bruke digitale verktøy; ujevn kompetanse kan føre til at folk faller utenfor digitalt, så strategien er avhengig av nasjonale, regionale og lokale tiltak for å heve den.",
  "knowledge-platform-national-ehealth-strategy":
    "Kunnskapsgrunnlaget bak strategien fra 2023: en analyse av dagens situasjon kombinert med framtidsscenarier, utarbeidet med bred deltakelse fra interessenter og utgitt av Direktoratet for e-helse i 2022.",
  "national-ehealth-strategy-implementation-plan":
    "Følgedokumentet med styringsindikatorene og de strategiske tiltakene for hvert av de fem målene, sammen med strategiens styring og oppfølging; det revideres trinnvis og følges opp i Nasjonalt e-helseråd.",
  "national-health-and-hospital-plan-2020-2023":
    "Regjeringens plan for helse- og sykehustjenestene, lagt fram som stortingsmelding i 2019 og nevnt som ett av de to mest sentrale dokumentene e-helsestrategien må ta hensyn til; fra 2024 overtar etterfølgeren.",
  "national-health-and-collaboration-plan":
    "Etterfølgeren til Nasjonal helse- og sykehusplan, som gjelder fra 2024 og ventes å gi de overordnede politiske rammene for helse- og omsorgssektoren; offentlige kilder viser at den ble lagt fram i mars 2024 for 2024–2027.",
  "one-digital-public-sector-2019-2025":
    "Digitaliseringsstrategien for hele offentlig sektor fra 2019, fra Kommunal- og moderniseringsdepartementet; den er ett av de to mest sentrale dokumentene for e-helsestrategien, og e-helsestrategiens tre mål svarer til tre av delmålene i den. Digital kompetanse er en av prioriteringene.",
  "national-cyber-security-strategy-for-norway":
    "Regjeringens strategi fra 2019 som samordner arbeidet med digital sikkerhet i offentlig sektor, nevnt som en tilgrensende strategi for det tverrgående temaet digital sikkerhet.",
  "future-competence-needs-iii":
    "En rapport fra 2020 som strategien tilskriver Kunnskapsdepartementet, nevnt som eksempel på nasjonalt arbeid for å heve den digitale kompetansen.",
  "digital-transformation-strategy-university-and-college-sector":
    "En strategi fra 2021 fra Kunnskapsdepartementet for universitets- og høyskolesektoren, nevnt som en del av den bredere innsatsen for digital kompetanse.",
  "digital-throughout-life":
    "En strategi fra 2021 fra Kommunal- og moderniseringsdepartementet for større digital inkludering, nevnt sammen med e-helsestrategiens tema digital kompetanse.",
  "norway-sdg-action-plan":
    "Regjeringens stortingsmelding fra 2021 om hvordan Norge skal arbeide mot FNs bærekraftsmål innen 2030, omtalt der strategien forklarer sitt bidrag til bærekraftsmålene.",
  "public-health-white-paper-2023":
    "En folkehelsemelding som strategien ventet i 2023, og som skulle bidra til å sette de politiske rammene for helse- og omsorgssektoren; offentlige kilder identifiserer den som Meld. St. 15 (2022–2023), som regjeringen la fram samme år.",
  "health-preparedness-white-paper":
    "En stortingsmelding om helseberedskap som strategien ventet i 2023, der Stortinget ifølge strategien løftet fram digital sikkerhet i helse som et sentralt tema; føringene i den kan senere endre strategiens oppbygning. Offentlige kilder identifiserer den som Meld. St. 5 (2023–2024).",
  "regional-development-plans":
    "De regionale helseforetakenes egne utviklingsplaner, som den nasjonale e-helsestrategien setter rammene for på digitaliseringsområdet.",
  "coordinated-development-of-instruments":
    "Økonomiske og juridiske virkemidler som utvikles i takt av departementene, etatene og alle berørte sektorer; mål 5 kan ikke nås uten dette.",
  "national-ehealth-strategy-follow-up":
    "Slik holdes strategien på kurs: Nasjonalt e-helseråd styrer den, framdriften på indikatorer og tiltak gir grunnlag for strategiske drøftinger som kan endre prioriteringene, og gjennomføringsplanen beskriver styring og oppfølging i detalj. Strategien venter at prosessen fremmer et aktivt og tett samarbeid om effektene den søker.",

  // seed/objectives.ts
  "objective-1":
    "Digitale tjenester skal gjøre det enkelt for innbyggerne å delta i forebygging, behandling og oppfølging av egen og sine næres helse, slik at hvordan, når og hvor helsehjelpen gis, blir bedre tilpasset hver enkelt, og kompetanse og kapasitet utnyttes bedre.",
  "objective-2":
    "Helsepersonell skal få brukervennlige digitale verktøy med god beslutningsstøtte og hjelp med administrasjon, noe som bedrer pasientsikkerheten, reduserer uønsket variasjon og gjør jobbene i sektoren mer attraktive.",
  "objective-3":
    "Tjenestene, helsepersonellet og helsemyndighetene skal i økende grad ta beslutninger på grunnlag av data, som gir bedre ressursbruk, høyere kvalitet, innovasjon, forskning, helseovervåking, beredskap og folkehelse.",
  "objective-4":
    "Bedre informasjonsforvaltning, mer standardisering og sterkere digital samhandling skal holde helseopplysninger sikre og tilgjengelige når de trengs, og gi mer aktive innbyggere, bedre helsehjelp og bedre analyser. Overskriften mangler i strategiens innholdsfortegnelse, selv om teksten dekker målet fullt ut.",
  "objective-5":
    "Tettere samarbeid og bedre økonomiske og juridiske virkemidler skal øke sektorens evne til å levere e-helse, med samordnet, helhetlig utvikling og bærekraftige tjenester av høy kvalitet.",
  "outcome-1-1":
    "Innbyggerne får enkle, brukervennlige digitale verktøy, selvbetjening og tilpasset informasjon, slik at de kan handle og velge godt for egen og sine næres helse.",
  "outcome-1-2":
    "Folk og deres pårørende når helseopplysningene sine enkelt og sikkert, presentert forståelig slik at helsekompetansen øker.",
  "outcome-1-3": "Innbyggerne og de som står dem nær, kan uten problemer gi samtykke og fullmakter.",
  "outcome-1-4":
    "Pasienter og klinikere har verktøy som lar innbyggerne delta i beslutninger om egen behandling sammen med fagfolk.",
  "outcome-1-5":
    "Tjenestene gjør det lett for innbyggere og fagfolk å kommunisere, og gjør egenrapportering og egenmåling mer effektiv.",
  "outcome-1-6":
    "Sammen med fagfolk kan innbyggerne påvirke når, hvor og hvordan helsehjelpen gis, og flere tjenester leveres i pasientens hjem.",
  "outcome-1-7":
    "Velferdsteknologi og digital hjemmeoppfølging gjør at flere med helseproblemer kan bo hjemme lenger, med mer trygghet, mestring og evne til egenomsorg.",
  "outcome-1-8":
    "Tjenestene tilpasses den enkelte, slik at de som ikke bruker digitale kanaler, får samme tilgang til helsehjelp som de som gjør det.",
  "outcome-2-1": "Helsepersonell har helhetlige digitale arbeidsverktøy som gjør arbeidsdagen effektiv.",
  "outcome-2-2":
    "Fagfolk får lett tak i relevante pasientopplysninger uansett hvor i Norge, og på hvilket nivå i helsetjenesten, pasienten ble behandlet.",
  "outcome-2-3":
    "Fagfolk kan innhente opplysninger fra pasienter og snakke med dem gjennom digitale kanaler.",
  "outcome-2-4":
    "Dobbeltregistrering går ned, og mer rapportering til helseregistre, andre offentlige registre og myndigheter skjer automatisk.",
  "outcome-2-5":
    "Kliniske vurderinger og omsorgsvurderinger bygger mer på digitale kunnskapskilder og verktøy for beslutningsstøtte.",
  "outcome-2-6":
    "Klinisk og administrativt arbeid blir mer effektivt ved at ny teknologi som kunstig intelligens og persontilpasset medisin tas i bruk.",
  "outcome-2-7":
    "Fagfolk får god digital kompetanse gjennom utdanningen sin og gjennom opplæring i nye digitale verktøy.",
  "outcome-3-1":
    "Tjenestene, fagfolk og myndigheter har bedre tilgang til data og analyser, også løsninger basert på kunstig intelligens, som støtte for gode beslutninger.",
  "outcome-3-2":
    "Registre og kunnskapsbaserte data brukes bredt til kvalitetsforbedring, forskning, overvåking, beredskap, krisehåndtering og styring.",
  "outcome-3-3": "Persontilpasset medisin videreutvikles ved hjelp av avansert dataanalyse.",
  "outcome-3-4":
    "Sektoren, næringslivet og forskerne samarbeider systematisk om å bruke helsedata til tjenesteutvikling, innovasjon og næringsutvikling.",
  "outcome-3-5":
    "Det internasjonale samarbeidet om helsedata blir tettere, blant annet gjennom det planlagte arbeidet med Det europeiske helsedataområdet.",
  "outcome-4-1":
    "Relevant, oppdatert og korrekt informasjon kan deles og hentes fram trygt og effektivt på tvers av aktører og sektorer.",
  "outcome-4-2":
    "Forutsetningene er på plass for god samhandling om relevante data som innbyggerne selv gir.",
  "outcome-4-3":
    "Samhandlingen bygger hovedsakelig på internasjonale standarder, kodeverk og terminologier, tilpasset nasjonalt der det trengs.",
  "outcome-4-4":
    "Lokal, regional og nasjonal informasjonsforvaltning styrkes, som grunnlag for kvalitet, bruk og sikkerhet i informasjonen.",
  "outcome-4-5":
    "Personvern og digital sikkerhet ivaretas ved å veie konfidensialitet, tilgjengelighet, integritet og robusthet mot hverandre.",
  "outcome-4-6": "Aktørene har tillit til hverandre, og det danner grunnlaget for å utveksle informasjon.",
  "outcome-4-7": "Den digitale samhandlingen på tvers av sektorer blir tettere og mer effektiv.",
  "outcome-4-8": "Norge deltar i EUs infrastruktur for utveksling av helsedata.",
  "outcome-4-9":
    "Data blir mer tilgjengelige fra mange ulike kilder, som alle deler av helse- og omsorgstjenesten, medisinsk utstyr, innbyggerne selv, tilgrensende sektorer og aktører i utlandet.",
  "outcome-4-10":
    "Dataene er bedre tilrettelagt for bruk i kvalitetsforbedring, forskning, overvåking, beredskap, krisehåndtering og styring.",
  "outcome-5-1": "Aktørene i helse- og omsorgssektoren samarbeider strategisk og strukturert.",
  "outcome-5-2": "Prioriteringer, innsats og oppfølging av felles mål er samordnet og forpliktende.",
  "outcome-5-3":
    "Det er tydelig hvem som har ansvaret for å utvikle og ta i bruk tiltak og for å hente ut gevinstene.",
  "outcome-5-4": "Innbyggere, deres nærmeste og helsepersonell involveres på en strukturert måte.",
  "outcome-5-5": "Samarbeidet på tvers av sektorer bygger på digitaliseringsstrategien for offentlig sektor.",
  "outcome-5-6":
    "Sektoren samarbeider med forskningsmiljøer om systematisk forskning på og evaluering av gevinstene av e-helse.",
  "outcome-5-7":
    "Samarbeidsmodeller støtter et sterkt næringsliv og bruker markedet der det er best og mest effektivt.",
  "outcome-5-8": "Det internasjonale samarbeidet øker, med særlig vekt på EU og de nordiske landene.",
  "outcome-5-9":
    "Finansieringsmodeller gir forutsigbarhet og stimulerer til utvikling, innføring, innovasjon og samarbeid mellom aktørene.",
  "outcome-5-10": "Finansieringsordningene stimulerer til bruk av digitale tjenester.",
  "outcome-5-11":
    "Regelverket åpner for den delingen av helseopplysninger som nye digitale behov krever, samtidig som konfidensialitet, personvern og informasjonssikkerhet ivaretas.",
  "health-data-initiatives":
    "Satsinger på helsedata som sammen med helseregistrene og analyseplattformene gir den bedre tilgangen til helsedata som Mål 3 regner blant sine viktige forutsetninger.",
  "health-data-analysis-platforms":
    "Plattformer for analyse av helsedata: sammen med registrene og satsingene på helsedata en av veiene til bedre tilgang til helsedata, som Mål 3 er avhengig av.",
  "structured-health-data-from-many-sources":
    "Helsedata i strukturert form fra mange steder (tjenestene, medisinsk utstyr, innbyggerne selv, nabosektorer og partnere i utlandet), som Mål 3 trenger tilgang til.",

  // seed/sdgs.ts
  "sdg-3":
    "FNs mål om god helse og livskvalitet for alle. Strategien knytter det til sine tre overordnede mål om kvalitet og pasientsikkerhet, bærekraft og innovasjon, og sier at alle de fem målene bidrar til det.",
  "sdg-9":
    "FNs mål om robust infrastruktur og inkluderende, bærekraftig innovasjon. Strategien legger vekt på pålitelig digital infrastruktur for å dele data i sektoren og med andre sektorer; overskriften for dette målet har ikke noe nummer.",
  "sdg-10":
    "FNs mål om mindre ulikhet. For e-helse leser strategien det som lik tilgang til digitale tjenester uansett alder, bosted, etnisitet, kjønn eller økonomi, med rom for ulik digital kompetanse og for dem som ikke bruker digitale tjenester.",
  "sdg-12":
    "FNs mål om bærekraftig forbruk og produksjon. Ifølge strategien har hver aktør i helse- og omsorgssektoren ansvar for å redusere sitt eget forbruk, med hjelp fra digitalisering og datadrevet effektivisering.",
  "sdg-13":
    "FNs mål om å bekjempe klimaendringene. Strategien påpeker at helse- og omsorgssektoren står for om lag fem prosent av Norges klimagassutslipp, og at digitale tjenester og data kan redusere transport og gi bedre ressursbruk, men advarer samtidig mot digitalt overforbruk av strøm.",
  "sdg-17":
    "FNs mål om samarbeid for bærekraftig utvikling. Strategien knytter det til bredere samarbeid med andre sektorer, samfunnet og internasjonale miljøer, og til sin egen oppfølgingsprosess.",
  "health-care-sector-share-of-norway-ghg-emissions":
    "Strategien anslår helse- og omsorgssektorens andel av Norges samlede klimagassutslipp til om lag 5 prosent, som bakgrunn for sitt klimabidrag.",

  // seed/arenas.ts
  "national-council-for-ehealth":
    "Det nasjonale samarbeidsorganet for e-helse, som styrer og følger opp strategien fra 2023 og jevnlig gjennomgår og justerer indikatorene og tiltakene; det har utvalg der medlemmene bidro til å utarbeide strategien, og i 2023 ble det ledet av Rune Simensen. Faktaarket fra 2025 svarer ja på spørsmålet om et nasjonalt styringsorgan for e-helse og viser til denne rådsmodellen.",
  "ks-co-management-structure-for-digitalisation":
    "Ordningen gjennom KS der kommunene i fellesskap styrer digitaliseringen, oppført av strategien blant de viktigste samarbeidsarenaene for e-helse.",
  "regional-health-authorities-digitalisation-collaboration":
    "Samarbeidet mellom de regionale helseforetakene om digitalisering, en av samarbeidsarenaene strategien regner som viktige for e-helse.",
  "health-communities":
    "Lokale partnerskap mellom spesialisthelsetjenesten og den kommunale helse- og omsorgstjenesten, nevnt av strategien som en av de betydningsfulle samarbeidsarenaene for e-helse.",
  skate:
    "Et forum på tvers av forvaltningen for styring og samordning av digitale offentlige tjenester, som strategien nevner som eksempel på en viktig samarbeidsarena.",
  "co-management-principles":
    "Prinsipper for hvordan staten og kommunene samarbeider om e-helse: de møtes som likeverdige, og kommunene har reell innflytelse. Kunnskapsgrunnlaget ønsker slik samstyring videreutviklet på grunnlag av tillit, likeverd og forutsigbarhet.",
  "mariann-hornnes":
    "Direktør for Direktoratet for e-helse, som var med på å signere strategiens forord i 2023.",
  "rune-simensen":
    "Med på å signere strategiens forord: han leder teknologi og e-helse i Helse Sør-Øst RHF og ledet Nasjonalt e-helseråd.",
};

/**
 * The module with each node's Norwegian description attached, unless the node gives its own. A
 * node this map lacks stays without one, for the validator to name.
 */
export function withDescriptionsNo(seedModule: SeedModule): SeedModule {
  return {
    ...seedModule,
    nodes: seedModule.nodes.map((node) => {
      // hasOwn: an id such as "constructor" must not find Object.prototype's member.
      const text =
        node.descriptionNo ??
        (Object.hasOwn(DESCRIPTIONS_NO, node.id) ? DESCRIPTIONS_NO[node.id] : undefined);
      return text === undefined ? node : { ...node, descriptionNo: text };
    }),
  };
}
