/**
 * Named public sources outside the five documents, used where a fact or a date needs outside
 * knowledge. Kept in one place so that every module cites a page with the same title and address.
 */
import { publicSource } from "#model/citations.ts";

export const PUBLIC = {
  directorateOfEhealthAbout: publicSource(
    "Om Direktoratet for e-helse (ehelse.no)",
    "https://ehelse.no/om-oss/om-direktoratet-for-e-helse",
    "Bakgrunn og historie: the directorate was created on 1 January 2016",
  ),
  directorateOfEhealthOpened: publicSource(
    "Høie opna nytt direktorat for e-helse (NTB, mre.no)",
    "https://mre.no/hoie-opna-nytt-direktorat-for-e-helse/Type/NTB/19.1.13269",
    "The new directorate gets e-prescription, the summary care record and helsenorge.no",
  ),
  directorateOfEhealthEnglish: publicSource(
    "The Directorate of e-health (ehelse.no, English page)",
    "https://ehelse-xp7qa.enonic.cloud/english",
    "Our responsibilities: serving as the secretariat of national fora on e-health",
  ),
  ehealthReorganisation2020: publicSource(
    "Ny e-helseorganisering: – For bedre helsetjenester (ehelse.no)",
    "https://www.ehelse.no/aktuelt/ny-e-helseorganisering--for-bedre-helsetjenester",
    "From 1 January 2020 helsenorge.no, kjernejournal, e-resept and grunndata move to Norsk Helsenett",
  ),
  nhnTakesOver2020: publicSource(
    "Ny e-helseorganisering til pasientens beste (nhn.no)",
    "https://nhn.no/ny-e-helseorganisering-til-pasientens-beste/",
    "NHN formally takes over the national eHealth solutions and their staff",
  ),
  merger2024: publicSource(
    "Snart klart for nytt kapittel i e-helsehistorien (ehelse.no)",
    "https://www.ehelse.no/aktuelt/snart-klart-for-nytt-kapittel-i-e-helsehistorien",
    "From 1 January 2024 the work continues in the Directorate of Health and the Institute of Public Health",
  ),
  mergerDecision2023: publicSource(
    "Direktoratet for e-helse blir en del av Helsedirektoratet (ehelse.no)",
    "https://ehelse-xp7qa.enonic.cloud/aktuelt/endringer-i-organiseringen-av-den-sentrale-helseforvaltningen",
    "The merger, and the health registry area with Helsedataservice moving to the Institute of Public Health",
  ),
  registriesMove2024: publicSource(
    "Helsedirektoratet overtar e-helse (Tannlegetidende 2024/1)",
    "https://www.tannlegetidende.no/journal/2024/1/m-2708/Helsedirektoratet_overtar_e-helse",
    "The health registries move to the Institute of Public Health from 1 January 2024",
  ),
  medicalProductsAgency: publicSource(
    "Direktoratet for medisinske produkter (regjeringen.no)",
    "https://www.regjeringen.no/no/dep/hod/org/etater-og-virksomheter-under-helse--og-omsorgsdepartementet/underliggende-etater/direktoratet-for-medisinske-produkter/id279753/",
    "Statens legemiddelverk changed its name on 1 January 2024",
  ),
  medicalProductsAgencyNews: publicSource(
    "Legemiddelverket fekk større ansvar og vart direktorat 1. januar 2024 (dmp.no)",
    "https://www.dmp.no/nyheter/legemiddelverket-far-storre-ansvar-og-blir-direktorat-fra-1.-januar",
    "The change took effect on 1 January 2024",
  ),
  medicinesAgencyHistory: publicSource(
    "Direktoratet for medisinske produkter (Wikipedia, norsk bokmål)",
    "https://no.wikipedia.org/wiki/Legemiddelverket",
    "Historie: named Statens legemiddelverk from 2001",
  ),
  helsenorgeLaunch: publicSource(
    "helsenorge.no 1 år! (helsenorgebeta.net)",
    "https://www.helsenorgebeta.net/2012/06/helsenorge-no-1-ar/",
    "Launched on 15 June 2011; the Directorate of Health was asked by the ministry to set it up",
  ),
  helsenorgeAbout: publicSource(
    "About Helsenorge (helsenorge.no)",
    "https://www.helsenorge.no/en/about-helsenorge/",
    "Norsk Helsenett operates and develops the website",
  ),
  councilLeader: publicSource(
    "Ny nasjonal e-helsestrategi lanseres i januar! (ehelse.no)",
    "https://www.ehelse.no/aktuelt/ny-nasjonal-e-helsestrategi-lanseres-i-januar",
    "Rune Simensen, leader of the National Council for eHealth; the strategy launched in January 2023",
  ),
  councilModel: publicSource(
    "Nasjonal rådsmodell for e-helse (helsedirektoratet.no)",
    "https://www.helsedirektoratet.no/om-oss/rad-og-utvalg/nasjonal-radsmodell-for-e-helse",
    "Nasjonalt e-helseråd is the top level of the council model",
  ),
  strategyHearing: publicSource(
    "Nasjonal e-helsestrategi for helse- og omsorgssektoren (ehelse.no)",
    "https://www.ehelse.no/strategi/nasjonal-e-helsestrategi-for-helse-og-omsorgssektoren",
    "Om Nasjonal e-helsestrategi: open hearing from 31 May to 1 October 2022",
  ),
  departmentHistory: publicSource(
    "Department of eHealth: event history (The State Administration Database, Sikt)",
    "https://forvaltningsdatabasen.sikt.no/en/data/enhet/57205/endringshistorie",
    "Founded as the Section for eHealth on 1 January 2014; renamed Department of eHealth on 1 June 2016",
  ),
  departmentPage: publicSource(
    "The Department of eHealth (regjeringen.no)",
    "https://www.regjeringen.no/en/dep/hod/organisation-and-management-of-the-ministry-of-health-and-care-services/Departments/the-department-of-ehealth/id2473079/",
    "The department's sections",
  ),
  ehrxfProjects: publicSource(
    "Projects contributing to European EHRxF (ehr-exchange-format.eu)",
    "https://ehr-exchange-format.eu/working-on-ehrxf/related-projects/",
    "XpanDH, xShare and Xt-EHR build the exchange format and foundations of the EHDS; Xt-EHR runs 1 November 2023 to 30 April 2026",
  ),
  xshareStart: publicSource(
    "xShare project for personal health data portability (ehealth-standards.eu)",
    "https://www.ehealth-standards.eu/2023/12/12/xshare-project-for-personal-health-data-portability/",
    "xShare started on 1 December 2023 and runs for three years",
  ),
  xpandhStart: publicSource(
    "XpanDH kicks off (ehealth-standards.eu)",
    "https://www.ehealth-standards.eu/2023/05/30/xpandh-kicks-off-to-help-enable-individuals-and-organisations-to-adopt-the-european-electronic-health-records-exchange-format/",
    "XpanDH kicked off early in 2023",
  ),
  tehdas2: publicSource(
    "Connecting different types of data: xShare works together with other projects (EHTEL)",
    "https://ehtel.eu/media-room/latest-news/300-connecting-different-types-of-data-xshare-works-together-with-other-projects.html",
    "TEHDAS2, a joint action preparing guidelines and specifications for the EHDS",
  ),
  ventetidsloftet: publicSource(
    "Oversiktsside om Ventetidsløftet (regjeringen.no)",
    "https://www.regjeringen.no/no/tema/helse-og-omsorg/sykehus/innsikt/ventetidsloftet/id3044263/",
    "The government launched its Ventetidsløfte on 13 May 2024; the Storting adopted the collaboration plan on 4 June 2024",
  ),
  cancerStrategy: publicSource(
    "Felles innsats mot kreft. Nasjonal kreftstrategi (2025–2035) (regjeringen.no)",
    "https://www.regjeringen.no/no/dokumenter/felles-innsats-mot-kreft.-nasjonal-kreftstrategi-20252035/id3087629/",
    "The government's document page for the strategy",
  ),
  euInstitutions: publicSource(
    "Types of institutions and bodies: European Commission (european-union.europa.eu)",
    "https://european-union.europa.eu/institutions-law-budget/institutions-and-bodies/types-institutions-and-bodies_en",
    "The Commission is one of the EU's institutions",
  ),
  ehdsInForce: publicSource(
    "Regulation (EU) 2025/327 on the European Health Data Space (EUR-Lex)",
    "https://eur-lex.europa.eu/eli/reg/2025/327/oj",
    "Final provisions: entry into force on the twentieth day after publication (26 March 2025)",
  ),
} as const;
