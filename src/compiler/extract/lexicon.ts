/**
 * Word lists of English and of the genre (press releases, project pages, conference
 * reports): head nouns of organisations and events, connectors inside names, honorifics,
 * job titles, generic nouns and cue verbs. Nothing here names a particular body.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Heads that open a body's name in another language ("Yayasan X", "Fundasaun Y", "Caritas Z"). */
export const OPENING_HEADS = set(`
  Caritas Universitas Univerzitet Yayasan Lembaga Perkumpulan Udruženje Udruga Fondacija Centar
  Stiftelsen Stichting Fundacja Stowarzyszenie Defensoría Defensoria Municipalidad Alcaldía
  Alcaldia Prefeitura Mairie Préfecture Prefectura Junta Ministerio Ministère Ministério Ministero
  Kementerian Kelurahan Pemerintah Dinas Badan Fundasaun Asosiasaun Fikambanana Jumuiya Shirika
  Taasisi Kituo Kungiyar Mulnithi Samakhom Kilusan Samahan Kapisanan Sangguniang Fundu Klibur
  Asociația Asociatia Fundația Fundatia Federația Federatia Uniunea Administrația Administratia
  Agenția Agentia Ministerul Primăria Primaria Consiliul Institutul Universitatea Centrul Rețeaua
  Zaklada Savez Zadruga Mreža Związek Spółdzielnia Towarzystwo Ośrodek Urząd Federacja Koalicja
  Câmara Fédération Coopérative Groupement Réseau Syndicat Mutuelle
  Zavod Društvo Zveza Inštitut Sklad Spolek Nadace Nadácia Sdružení Združenie Svaz Zväz
  Foreningen Forening Förening Föreningen Fonden Stiftelse Forbundet Förbundet Samtökin Félagið
  Vereniging Verein Verband Gesellschaft Säätiö
  Clínica Juzgado Vicaría Prelatura Parroquia Paróquia Facultad Faculdade Comunidad Comunidade
  Autoridad Autoridade Organismo Confederación Confederação Coordinadora Mancomunidad Consorcio
  Sociedad Sociedade Compañía Companhia Empresa Dirección Oficina Cámara
  Guddiga Ururka Ururada Shabakadda Hay'adda Xarunta Wasaaradda Golaha Jaamacadda Machadka
  Dallada Iskaashatada
`);

/**
 * Head nouns that make a capitalised chunk an organisation, with the heads of state bodies
 * in the languages users' documents quote them in ("Defensoría del Pueblo", "Mairie de X",
 * "Kementerian Sosial", "Kelurahan X"), and the heads of South Asian and Filipino bodies'
 * names ("X Mahila Manch", forum; "Kendra", centre; "Samiti", committee; "Sangguniang", council),
 * and of Tetum, Malagasy, Swahili, Hausa and Thai ones ("Fundasaun", "Fikambanana", "Jumuiya",
 * "Kungiyar", "Mulnithi": foundation, association, community, society, foundation), and of
 * Romanian, Croatian, Polish, Portuguese, French, Turkish and Azerbaijani ones ("Asociația",
 * "Zaklada", "Spółdzielnia", "Câmara", "Réseau", "Kooperatifi", "İctimai Birliyi").
 * (The heads that open names, OPENING_HEADS above, are heads too.)
 */
// ("Crescent" heads the national Red Crescent societies; "Red Cross" is read in names.ts.)
export const ORG_HEADS: ReadonlySet<string> = new Set([
  ...set(`
  Organisation Organization Organisations Organizations Association Associations Foundation
  Network Centre Center Institute Institut Ministry Council Committee Commission Agency Office
  Mission Fund Union Coalition Initiative Society Directorate Department University College
  Embassy Consulate Parliament Government Authority Assembly Board Bureau Secretariat Federation League
  Alliance Trust Group Unit Division Corps Services Service Court Academy School Observatory
  Stiftung Chamber Syndicate Consortium Partnership Aid Relief Projects
  Bank Company Corporation Agency Programme Program Fund Monitor Watch Ombudsman Cluster
  Presidency Municipality Governorate Police Army Forces Tribunal Senate Congress Cabinet
  Cooperative Co-operative Cooperatives Collective Club Movement Guild Clinic Hospital Party
  Brotherhood Sisterhood Institution Orchestra Theatre Lab Labs Hub Delegation Representation
  Facility Université Universidad Universität Università Fondation Fundación Fondazione Team
  Consulting Consultancy Consultants Ventures Enterprises Technologies Productions Bakery
  Library Archive Archives Circle Choir Choirs Ensemble Troupe Radio Kindergarten Diocese
  Archdiocese Confederation Asociación Corporación Observatorio Observatoire
  Derneği Vakfı Associazione Platform Crescent Associação Fundação Instituto Centro Colectivo
  Coletivo Movimiento Movimento Organização Organización Consejo Conselho Comité Comissão
  Comisión Federação Federación Sindicato Cooperativa Unión União Universidade
  Ministerium Secretaría Superintendencia
  Gobernación Gobierno Gouvernement Governo
  Bakanlığı Belediyesi Valiliği Ministarstvo Općina Opština
  Manch Sangh Sangathan Samiti Sanstha Sansthan Kendra Sanjal Samaj Parishad Sabha Sangat Mandal
  Anjuman Tanzeem Idara Markaz Jamiyat Pastoral
  Rede
  Kooperatifi Federasyonu Birliği Platformu Merkezi Üniversitesi Birliyi Assosiasiyası Mərkəzi
  Şəbəkəsi Kooperativi Nazirliyi Bələdiyyəsi
`),
  ...OPENING_HEADS,
]);

/** Names of gatherings that are as often bodies: "X Forum for Y", "X Platform". */
export const BODY_LIKE_EVENT = /\b(?:Forum|Platform)\b(?!\s+\d)/;

/** Head nouns that make a chunk an event, with the event type they imply. */
export const EVENT_HEADS: ReadonlyMap<string, string> = new Map([
  ["conference", "conference"],
  ["congress", "conference"],
  ["summit", "conference"],
  ["symposium", "conference"],
  ["forum", "conference"],
  ["meeting", "meeting"],
  ["meetings", "meeting"],
  ["roundtable", "meeting"],
  ["dialogue", "meeting"],
  ["consultation", "meeting"],
  ["session", "meeting"],
  ["gathering", "meeting"],
  ["agm", "meeting"],
  ["egm", "meeting"],
  ["hearing", "meeting"],
  ["debate", "meeting"],
  ["briefing", "meeting"],
  ["retreat", "meeting"],
  ["convening", "meeting"],
  // Gatherings named in the words of the region: a Southern African indaba, imbizo or
  // lekgotla, an East African baraza, a jirga.
  ["indaba", "conference"],
  ["pre-indaba", "meeting"],
  ["imbizo", "meeting"],
  ["lekgotla", "meeting"],
  ["baraza", "meeting"],
  ["jirga", "meeting"],
  ["lecture", "workshop"],
  ["masterclass", "training"],
  ["screening", "other"],
  ["hackathon", "other"],
  ["show", "other"],
  ["caravan", "other"],
  ["vigil", "other"],
  ["signing", "other"],
  ["handover", "other"],
  ["competition", "other"],
  ["workshop", "workshop"],
  ["seminar", "workshop"],
  ["webinar", "workshop"],
  ["training", "training"],
  ["course", "training"],
  ["bootcamp", "training"],
  ["drill", "training"],
  ["simulation", "training"],
  ["launch", "launch"],
  ["inauguration", "launch"],
  ["ceremony", "other"],
  ["celebration", "other"],
  ["closure", "other"],
  ["opening", "other"],
  ["festival", "other"],
  ["fair", "other"],
  ["bazaar", "other"],
  ["tournament", "other"],
  ["marathon", "other"],
  ["concert", "other"],
  ["rally", "other"],
  ["sit-in", "other"],
  ["expo", "other"],
  ["clean-up", "other"],
  ["exhibition", "other"],
  ["campaign", "other"],
  ["event", "other"],
  ["project", "project"],
  ["programme", "programme"],
  ["program", "programme"],
]);

/**
 * Nouns that open the names of events in Spanish, Portuguese, French, Indonesian and Bosnian
 * ("II Encuentro Binacional", "Feria Laboral 2024", "Conferência Provincial sobre X"), with
 * their event types. Read only in capitalised names: lower-case "taller" is English.
 */
export const FOREIGN_EVENT_HEADS: ReadonlyMap<string, string> = new Map([
  ...[
    "encuentro",
    "encontro",
    "rencontre",
    "rencontres",
    "asamblea",
    "assembleia",
    "audiencia",
    "audiência",
    "cumbre",
    "cúpula",
  ].map((w) => [w, "meeting"] as const),
  ["programa", "programme"],

  ...["curso", "capacitación", "capacitação"].map((w) => [w, "training"] as const),
  ...[
    "congreso",
    "congresso",
    "conferencia",
    "conferência",
    "conférence",
    "colloque",
    "konferencija",
  ].map((w) => [w, "conference"] as const),
  ...["seminario", "seminário", "séminaire", "taller", "atelier", "lokakarya", "radionica"].map(
    (w) => [w, "workshop"] as const,
  ),
  ["pelatihan", "training"],
  ...[
    "feria",
    "feira",
    "foire",
    "jornada",
    "jornadas",
    "journée",
    "journées",
    "semana",
    "semaine",
    "campaña",
    "campanha",
    "campagne",
    "sajam",
    "mutirão",
    "mutirao",
    "mutirões",
  ].map((w) => [w, "other"] as const),
]);

/**
 * Nouns that name an event only after a modifier of the genre ("an open day", "a study visit",
 * "a mock trial", "a street assembly"), with the modifiers and the event type they give.
 */
export const COMPOUND_EVENT_HEADS: ReadonlyMap<string, [ReadonlySet<string>, string]> = new Map([
  [
    "day",
    [
      set(
        "open sports fun awareness information family action study field career careers cultural volunteer volunteering community health planting clean-up cleanup recruitment donor market demo pitch graduation launch networking partners orientation induction learning training reflection",
      ),
      "other",
    ],
  ],
  ["visit", [set("study field exchange site monitoring learning solidarity"), "meeting"]],
  ["tour", [set("study field exchange learning"), "meeting"]],
  ["trial", [set("mock moot"), "training"]],
  ["assembly", [set("general street town public annual extraordinary"), "meeting"]],
  ["discussion", [set("panel group public focus"), "meeting"]],
  ["night", [set("film poetry music quiz cultural"), "other"]],
  [
    "camp",
    [
      set(
        "summer winter youth training leadership peace coding sports science arts climate girls holiday environment skills",
      ),
      "training",
    ],
  ],
  ["walk", [set("solidarity peace charity sponsored memory remembrance"), "other"]],
  [
    "exchange",
    [set("learning peer experience knowledge youth regional grantee partner"), "meeting"],
  ],
  // "a joint legal clinic at the market": a clinic held, not a body.
  ["clinic", [set("legal mobile outreach health joint free"), "other"]],
  ["refresher", [set("management training case skills"), "training"]],
  // "the partners' learning call", "a monthly coordination call": a meeting held by phone or
  // video ("a call for proposals" has no such modifier).
  [
    "call",
    [
      set(
        "learning coordination partners partners' partner members members' network steering board monthly weekly quarterly review planning zoom video online conference",
      ),
      "meeting",
    ],
  ],
]);

/**
 * Lower-case words allowed inside a capitalised name ("Ministry of Migration and Displacement",
 * "Colectivo Defensoras del Valle", "Associação X para o Desenvolvimento Comunitário",
 * "Samahan ng Kababaihan sa Tagum").
 */
export const CONNECTORS = set(
  "of for and the on in de du des et la le el al von van der di da dos das do del della y für para pour per por o e los las sobre contra sur entre ng sa ve iyo",
);

/**
 * The two letters a transliteration writes one sound with, standing as a name's initial
 * ("Ts. Batbayar", "Kh. Bolormaa", "Sh. Nurlan").
 */
export const INITIAL_DIGRAPHS = ["Ch", "Kh", "Sh", "Ts", "Zh", "Ya", "Yu", "Ye", "Dz", "Gh", "Th"];

/** Honorifics and courtesy titles that precede a person's name; stripped from labels. */
export const HONORIFICS = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor H.E. HE Sheikh Shaikh Sayyid Sayed
  Judge Eng Eng. Engineer Sir Dame Lord Lady Rev Rev. Father Bishop Archbishop Patriarch Imam
  Senator MP Deputy Ambassador Minister Governor Mayor General Gen. Colonel Col. Capt. Captain
  Hon Hon. Honourable Honorable Excellency Mufti Sister Brother Brigadier Major Lieutenant Sergeant
  Commander Admiral Marshal Brig. Maj. Lt. Lt Advocate Adv. Barrister Alhaji Alhaja Hajiya Hajia
  Mallam Malam Ustaz Ustadh Ustaza Pastor Reverend Chief
  Sr Sr. Sra Sra. Srta Srta. Lic Lic. Licda Licda. Licdo Licdo. Ing Ing. Dra Dra. Fr Fr. Atty Atty.
  Abg Abg. Mons Mons. Monseñor Hna Hna. Hno Hno. Bach Bach. Arq Arq. Profa Profa. Mtro Mtro. Mtra Mtra.
  Hadji Hajji Datu Irmã Irmão Padre Mme Mme. Mlle Me Pr
  Smt Smt. Shrimati Shri Shri. Dasho Mgr Mgr. MUDr MUDr. PhDr PhDr. JUDr JUDr. RNDr RNDr. Bc Bc.
  Khun Puan Encik Cik Datuk Dato Datin Attorney Cllr Cllr.
`);
/** Honorifics that are first names too ("Don Sebastián Choc", but "Don Murray"): only before two names. */
export const NAME_LIKE_HONORIFICS = set(`Don Doña Dona Bai`);

/** Job titles and roles (in appositions: "X, Director of Y"). */
export const ROLE_WORDS = set(`
  Director Directors General Deputy Head Heads Chief President Vice Chair Chairman Chairwoman
  Chairperson Secretary Executive Manager Coordinator Officer Adviser Advisor Advisors Advisers
  Representative Representatives Member Members Founder Co-founder Minister Ambassador Consul
  Spokesperson Spokesman Spokeswoman Programme Program Project Senior Country Regional Team Leader
  Lead Specialist Expert Consultant Assistant Associate Fellow Researcher Professor Editor Governor
  Staff Partner Partners Delegates Participants Founder Trustee Commissioner
  Journalist Mediator Activist Lawyer Researcher Photographer Poet Artist Trainer Facilitator
  Moderator Volunteer Teacher Nurse Midwife Mukhtar Writer Author Economist Sociologist Historian
  Filmmaker Farmer Undersecretary Under-Secretary Rapporteur Envoy Vice-President Vice-Chair
  Vice-Chairperson Vice-Chairman Co-Chair Co-chair Co-Founder Co-Chairperson Deputy-Director
  Secretary-General Director-General Vice-Rector Vice-Dean Vice-Governor Permanent Principal
  Resident Analyst Treasurer Auditor Convener Convenor Councillor Councilor CEO CFO COO
  Acting Interim
`);

/**
 * Plural nouns of people that open the names of advocacy groups ("Mothers against X",
 * "Lawyers for Y", "Doctors without Z", "Friends of W").
 */
export const GROUP_PLURALS = set(`
  Mothers Fathers Parents Women Men Youth Friends Families Citizens Children Lawyers Doctors
  Engineers Journalists Artists Farmers Teachers Students Volunteers Workers Activists Scholars
  Veterans Survivors Neighbours Neighbors Physicians Nurses Reporters Writers Musicians
  Architects Scientists Grandmothers Sisters Brothers Elders Pharmacists Academics
`);

/**
 * First words of Arabic, Persian and Turkish place names ("Bab", gate; "Souq", market; "Jabal",
 * mountain; "Wadi", valley; "Dasht", plain) and of South-East Asian villages and wards (Lao and
 * Thai "Ban", Malay "Kampung", Indonesian "Desa", Filipino "Barangay", Vietnamese "Xã", "Thôn"),
 * and of South Asian ones (Bengali "Char", a river island; Punjabi "Chak"; "Mauza", a revenue
 * village):
 * a capitalised run opening with one is a place.
 */
export const PLACE_PREFIXES = set(`
  Bab Souq Suq Souk Jabal Jebel Jabel Sidi Wadi Tal Ain Ras Shatt Hay Hayy Dasht Deir Dayr Kafr
  Qasr Bir Birkat Hammam Nahr Jisr Marj Qalaat Qalat Mina Tall Sheikh-Othman Köy Koy Mahalle
  Ban Bản Muang Mueang Tambon Kampung Kampong Desa Dusun Barangay Brgy Sitio Xã Thôn Ấp Phường
  Char Chak Mauza Mouza
`);

/** Lower-case nouns of places after a name ("the Sidi Moumen settlement"): the name is a place. */
export const LOWER_PLACE_NOUNS = set(`
  settlement district neighbourhood neighborhood quarter area village town camp suburb region
  governorate province county municipality valley market souq plain island city locality
`);

/** Portfolios of ministers and officials ("Minister of Labour X"): never part of a person's name. */
export const PORTFOLIO_WORDS = set(`
  Affairs Labour Labor Health Education Interior Justice Defence Defense Finance Agriculture
  Environment Culture Youth Sports Sport Planning Trade Industry Energy Water Transport Housing
  Displacement Migration Development Women Tourism Communications Communication Information
  Awqaf Endowments Religious Reconstruction Relief Solidarity Family Displaced Refugees Media
  Administrative Community Security Economy Economic Social Public Works Municipalities
  Electricity Oil Higher Scientific Research Irrigation Resources Commerce Investment Gender
  Policy Urbanism Heritage Antiquities Statistics Labour Vocational Training Innovation Technology
  Supply Supplies Telecommunications Post Transportation Municipal Rural Consumer Protection
`);

/** Capitalised words that make a chunk generic rather than a named body. */
export const GENERIC_WORDS = set(`
  civil society organisations organizations organisation organization ngos ngo cso csos international
  community national local human rights women women's youth minority minorities various several
  consulates embassies authorities groups donors partners stakeholders institutions agencies
  government governments ministries representatives participants members activists people
  iraqi syrian lebanese jordanian kurdish arab european international regional security sector
  municipalities municipal heads unions associations partner
`);

/** Plural generic acronyms: never a named body ("NGOs", "CSOs"). */
export const GENERIC_ACRONYMS = set(`
  NGO NGOs CSO CSOs INGO INGOs LNGO LNGOs IDP IDPs SDG SDGs GBV SRH SSR HR ID IDs TV PDF COVID HIV
  AIDS OK PM AM MP CEO HE CV FAQ QA USD EUR GBP IQD JOD LBP SYP TRY CHF SEK NOK DKK YES NO PS
  CSV JSON XML API URL README CONTRIBUTING LICENSE HTML CSS SQL SMS
  NB II III IV VI VII VIII IX XI XII UTC GMT WASH MHPSS PSS CBO CBOs FGM SGBV ICT IT AI
  RE FW FWD AW CC BCC FYI RSVP TBC TBD ASAP KB MB GB PPT DOCX XLSX ZIP JPG PNG VIP VIPs AGM EGM
  LED LEDs GPS USB CCTV GIS PV FTE FTEs
`);

/** Nouns that head concepts, not bodies: an acronym defined by such a phrase is no entity. */
export const CONCEPT_HEADS = set(`
  Violence Reform Goals Goal Rights Health Index Rate Act Law Plan Strategy Framework Agenda
  Resolution Products Product Services Needs Assessment Survey Report Indicator Indicators Crisis
  Diseases Disease Syndrome Protocol Convention Standards Declaration Approach Management
`);

/** Verbs (and phrases) whose subject organises an event. */
export const ORGANISE_VERBS = set(`
  hosted hosts host organised organized organises organizes organising organizing convened
  convenes held holds implemented implements implementing ran runs run launched launches
  facilitated facilitates conducted conducts administers administered manages managed
  coordinated led leads carried co-organised co-organized sponsored arranged co-hosted co-hosts
  co-host co-convened co-convenes initiated initiates staged stages
`);

/** Verbs (and nouns) whose subject or object takes part in an event. */
export const PARTICIPATE_VERBS = set(`
  attended attend attends participated participate participates participating joined joins
  partnered partners partner partnership took brought gathered included includes involved
  comprised welcomed met hired contracted supervised present provided provides delivered delivers offered trained
  chaired chairs co-chaired moderated moderates presided presides addressed addresses represented
  represents contributed contributes featured exhibited showcased engaged visited
`);

/** Speech verbs: a person who says something at an event spoke at it. */
export const SPEECH_VERBS = set(`
  said says stated states noted notes added adds stressed stresses emphasised emphasized
  highlighted explained underlined remarked commented announced presented presents spoke
  speaking told opened greeted thanked credited welcomed declared affirmed pointed
  argued recalled described compared warned urged cautioned reminded insisted observed
  concluded suggested proposed outlined reported
`);

/** Cue phrases whose following list funds the event ("funded by X"). */
export const FUNDING_CUES: readonly RegExp[] = [
  /\b(?:funded|financed|sponsored|supported|underwritten|co-funded|co-financed|bankrolled|borne|paid(?:\s+for)?)(?:\s+(?!by\b)[\p{L}\d-]+){0,3}?\s+by\b/giu,
  /\b(?:with|thanks to)\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+)?(?:support|funding|grant|grants|contribution|funds|financing)\s+(?:from|of|by)\b/giu,
  /\b(?:grant|grants|funding|contribution|donation)\s+(?:of\s+(?:[^,.;]|[.,](?=\d)){1,40}?\s+)?from\b/giu,
  /\b(?:received|receives|receiving|with)\s+[^;]{0,40}?(?:\d|million|thousand|dollars|euros)[^;]{0,20}?\s+from\b/giu,
  /\b(?:comes?|came|coming|is provided|was provided|are provided|were provided)\s+from\b/giu,
  // "was made possible by X", "made possible thanks to a contribution from X".
  /\bmade\s+possible\s+(?:by|through|thanks\s+to|with)\b/giu,
  // "Sponsoring the conference was X", "Funding the project were A and B".
  /\b(?:Sponsoring|Funding|Financing|Supporting|Backing)\s+(?:the|this|these|its|their)\s+[^.;,]{1,60}?\s+(?:was|were|is|are)\b/gu,
  // "Conference costs are covered by X", "the fees were met by Y".
  // ("Its costs - PEN 38,500 for stands and transport - were covered by X": an aside between.)
  /\b(?:costs?|expenses|fees|budget)(?:\s*[-–—(][^-–—()\n]{1,100}[-–—)])?\s+(?:(?:is|are|was|were|will\s+be|have\s+been|has\s+been)\s+)?(?:fully\s+|jointly\s+|partly\s+)?(?:covered|met)\s+by\b/giu,
];

/** Verbs whose subject funds something ("X funds the programme"). */
export const FUNDING_VERBS = set(`
  funds fund funded finances financed financing paid pays contributed contributes donated
  donates granted grants sponsors sponsored supports funding allocate allocates allocated
  earmarked earmarks co-funded co-funds co-fund co-financed co-finances co-sponsored co-sponsors
`);

/** Ordinal words that name a numbered event ("the third conference"). */
export const ORDINALS = set(`
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth annual
  1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th
`);

/** Nouns of streets, venues and areas: a capitalised run ending in one is no person. */
export const PLACE_NOUNS = set(`
  Street Road Square Avenue Hotel Hall Park Camp Bridge Province Governorate District Region City
  Village Town Mosque Church Stadium Airport Palace Tower Building Museum Gate Valley River Lake
  Sea Mountain Mountains Desert Coast Beach Island Islands Plain Plateau Oasis Bay
  State States County Counties Sub-County Sub-county Districts Provinces Governorates Oblast
  Raion Payam Boma Woreda Kebele Upazila Tehsil LGA LGAs Area Areas Hromada
`);

/** Lower-case nouns that describe an organisation in an apposition ("the Italian NGO X"). */
export const ORG_DESCRIPTORS = set(`
  NGO ngo organisation organization association foundation network group charity institute
  agency company firm consultancy union coalition initiative
`);

/**
 * Job titles in lower case, as a regular expression's source (plural allowed): as they follow a
 * body's name ("Halden Audit Office senior auditor") or stand before a person's ("chairperson
 * Huda Saleh").
 */
export const ROLE_NOUNS = String.raw`(?:director|auditor|officer|coordinator|co-ordinator|manager|adviser|advisor|spokes(?:person|man|woman)|representative|member|head|chair(?:person|man|woman)?|president|founder|co-founder|researcher|expert|consultant|trainer|activist|lawyer|journalist|engineer|volunteer|staff|employee|secretary|delegate|official|analyst|specialist|assistant|associate|fellow|professor|lecturer|teacher|leader|focal point|ambassador|minister|governor|commissioner|envoy|editor|facilitator|moderator|mediator|organi[sz]er|programme officer|project manager|inspector|dean|rector|chancellor|mayor|judge|prosecutor|doctor|nurse|planner|economist|accountant|advocate|attorney|counsel|secretary-general|ceo|treasurer|photographer|reporter|correspondent|campaigner|organiser|farmer|mukhtar|chief|archivist|poet|artist|author|writer|midwife)s?`;

/**
 * What follows a body's name on a report's running header: " – Annual Report 2024", then
 * perhaps the page's number after a run of spaces.
 */
export const RUNNING_HEADER =
  /^\s*[–—|:-]\s*(?:(?:annual|activity|progress|narrative|final|quarterly)\s+)?(?:report|review|newsletter|bulletin)\b[^\n]{0,16}?(?:\s{2,}\d{1,4})?\s*$/i;

/** Names of languages the field's documents give names in ("known in Sindhi as", "in French"). */
export const LANGUAGES = String.raw`(?:English|French|Arabic|Kurdish|Sorani|Kurmanji|Syriac|Turkish|Persian|Farsi|Dari|Pashto|Urdu|Hindi|Bengali|Nepali|Sindhi|Sinhala|Tamil|Spanish|Portuguese|German|Italian|Russian|Ukrainian|Georgian|Armenian|Azerbaijani|Kazakh|Kyrgyz|Uzbek|Tajik|Mongolian|Khmer|Thai|Burmese|Lao|Vietnamese|Malay|Indonesian|Tetum|Filipino|Tagalog|Bislama|Pijin|Tok Pisin|Swahili|Kiswahili|Amharic|Tigrinya|Oromo|Somali|Hausa|Wolof|Bambara|Fula|Lingala|Kinyarwanda|Malagasy|Shona|Zulu|Chichewa|Sesotho|Macedonian|Albanian|Serbian|Bosnian|Croatian|Quechua|Aymara|Guarani|Creole|the local language)`;

/** A month's English name, written out or cut short ("March", "Sept."). */
export const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
