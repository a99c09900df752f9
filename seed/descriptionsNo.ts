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

  // seed/organisations.ts
  "the-government":
    "Norges regjering. I intervjuet staker den ut kursen for digital helse og de fem målene for helsetjenesten for 2024–2027, mens helsesektoren selv bærer det meste av ansvaret for digitaliseringen.",
  "ministry-of-health-and-care-services":
    "Departementet for helse og omsorg. Her ligger E-helseavdelingen, og i intervjuet fra 2025 legger departementet fram de nasjonale e-helseløsningene.",
  "department-of-ehealth":
    "Avdeling i Helse- og omsorgsdepartementet med overordnet ansvar for å samordne digitaliseringen av helsesektoren, blant annet nasjonale rammebetingelser, sekundærbruk av helsedata og digital sikkerhet.",
  "ministry-section-for-ehealth":
    "Departementets enhet for e-helse før den ble en egen avdeling: en seksjon fra 2014, som i juni 2016 ble løftet opp til E-helseavdelingen.",
  "section-for-ehealth-services":
    "Seksjon i E-helseavdelingen med tjenester innen journalløsninger, helsedata og digital sikkerhet og beredskap.",
  "section-for-analysis-and-governance":
    "Seksjon i E-helseavdelingen som har ansvaret for økonomi, etatsstyringen av Direktoratet for e-helse og tjenester for digital samhandling.",
  "directorate-of-ehealth":
    "Tidligere nasjonal fagmyndighet for e-helse, styrt av E-helseavdelingen, som ledet arbeidet med den nasjonale e-helsestrategien fra 2023. Direktoratet ble opprettet 1. januar 2016 og slått sammen med Helsedirektoratet 1. januar 2024.",
  "directorate-of-health":
    "Direktorat under Helse- og omsorgsdepartementet som faktaarket fra 2025 oppgir som ansvarlig for e-helse i Norge; fagfolkene som gjennomgikk faktaarket, arbeider der.",
  "ministry-of-local-government-and-modernisation":
    "Departementet bak digitaliseringsstrategien for offentlig sektor 2019–2025 og strategien for digital inkludering fra 2021, som den nasjonale e-helsestrategien bygger på.",
  "ministry-of-education-and-research":
    "Departementet som ga ut strategien for digital omstilling i universiteter og høyskoler, som e-helsestrategien viser til om digital kompetanse.",
  "south-eastern-norway-rha": regionalHealthAuthority("Sørøst-Norge"),
  "western-norway-rha": regionalHealthAuthority("Vestlandet"),
  "central-norway-rha": regionalHealthAuthority("Midt-Norge"),
  "northern-norway-rha": regionalHealthAuthority("Nord-Norge"),
  municipalities:
    "De 357 kommunene, som gir primærhelsetjenester, blant annet fastleger, og er forvaltningsnivået nærmest innbyggerne.",
  "norwegian-health-economics-administration":
    "Etat som oversikten oppgir som forvalter av folketrygden, som omfatter alle innbyggere; i praksis gjør den opp trygdens refusjoner for helsetjenester.",
  nav: "Arbeids- og velferdsetaten, som forvalter folketrygden; oversikten bruker forkortelsen som navn på selve trygdeordningen.",
  "national-insurance-scheme":
    "Allmenn sosialforsikring som omfatter alle som bor i Norge, også refusjon av helseutgifter; helsesystemet bak den er finansiert med skatter.",
  "norwegian-institute-of-public-health":
    "Folkehelseetat som gjennom nettstedet sitt gir forskere tilgang til flere nasjonale helsedatabaser.",
  "norwegian-medicines-agency":
    "Tilsynsmyndighet for legemidler og fra 2018 også for medisinsk utstyr: den klassifiserte medisinsk utstyr og behandlet samsvarserklæringer og CE-merking. 1. januar 2024 fikk den et bredere ansvar og navnet Direktoratet for medisinske produkter.",
  "norwegian-medical-products-agency":
    "Tilsynsmyndigheten for legemidler og medisinsk utstyr under navnet den fikk i 2024, med nye oppgaver innen forsyningssikkerhet og offentlig finansiering av medisinske produkter; faktaarket oppgir den som instansen for CE-merking i Norge.",
  "invest-in-norway":
    "Norges offisielle organ for å fremme investeringer og første kontaktpunkt for utenlandske selskaper som vil inn i eller drive i det norske markedet, også innen digital helse.",
  "norsk-helsenett":
    "Statsforetak under Helse- og omsorgsdepartementet som drifter helsenettet og, siden 1. januar 2020, de nasjonale e-helseløsningene. De fire dokumentene nevner bare nettet, så dette organet er et utledet tillegg.",
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
  ks: "Interesseorganisasjonen for kommunene og fylkeskommunene; dens samstyringsstruktur for digitalisering er en av samarbeidsarenaene strategien nevner.",
  who: "FNs organ for internasjonal folkehelse; faktaarket bruker definisjonene herfra av e-helse, digital helse og telehelse.",
  "who-global-observatory-for-ehealth":
    "WHO-program som kartlegger e-helse over hele verden; faktaarket henter definisjonen av mHealth herfra.",
  paho: "Internasjonalt folkehelseorgan for Amerika, som også er WHOs regionkontor der; faktaarket bruker dets formulering av hva en telekonsultasjon er.",
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
    "Etatsstyring av Direktoratet for e-helse, innholdsforvaltning av helsenettet og en andel i styringen av Norsk helsearkiv.",
  "international-ehealth-cooperation": "Norges samarbeid med andre land og europeiske organer om e-helse.",
  "coordination-of-healthcare-digitalisation":
    "Overordnet samordning av digitaliseringen i hele helsesektoren, blant annet nasjonale rammebetingelser for digitale løsninger, sekundærbruk av helsedata, digital sikkerhet og modernisering av journalløsningene.",
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
    "Å avgjøre om et produkt er medisinsk utstyr og i hvilken risikoklasse, og produsentens samsvarserklæring som gjør det kvalifisert for CE-merking; dette gjelder også e-helseapper, siden Norge ikke har noen egen sertifisering for dem.",
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
};
