/**
 * Deterministic synthetic corpus for the benchmark: press releases about civil society, with
 * organisations reused across documents on a Zipf-like curve, acronym definitions, people
 * with titles, dated events and funding sentences with amounts; about 300–600 words each.
 */
import { makeRandom } from "../src/compiler/layout.ts";

/** One generated file, as compileCorpus takes it. */
export interface GeneratedFile {
  id: string;
  bytes: Uint8Array;
}

type Random = () => number;

const PLACES = [
  "Baghdad",
  "Erbil",
  "Basra",
  "Mosul",
  "Amman",
  "Beirut",
  "Tripoli",
  "Tunis",
  "Cairo",
  "Gaziantep",
  "Sulaymaniyah",
  "Irbid",
  "Sidon",
  "Zarqa",
  "Najaf",
];
const ADJECTIVES = [
  "Iraqi",
  "Jordanian",
  "Lebanese",
  "Arab",
  "Regional",
  "National",
  "Syrian",
  "Kurdish",
  "Independent",
  "Women's",
  "Youth",
  "Civic",
  "Democratic",
  "Mediterranean",
  "Local",
];
const THEMES = [
  "Human Rights",
  "Civic Education",
  "Women's Empowerment",
  "Democratic Development",
  "Legal Aid",
  "Media Freedom",
  "Peacebuilding",
  "Youth Participation",
  "Social Justice",
  "Transparency",
  "Refugee Support",
  "Environmental Action",
  "Good Governance",
  "Gender Equality",
  "Rule of Law",
];
const BODIES = [
  "Association",
  "Network",
  "Foundation",
  "Centre",
  "Organisation",
  "Forum",
  "Alliance",
  "Society",
  "Institute",
  "Coalition",
  "Union",
  "Observatory",
];
const FUNDER_NAMES = [
  "European Union",
  "Nordic Fund for Civil Society",
  "German Agency for Cooperation",
  "Swiss Development Fund",
  "Open Horizons Foundation",
  "United Nations Democracy Fund",
  "Canadian Fund for Local Initiatives",
  "Dutch Human Rights Fund",
  "Japanese Grassroots Programme",
  "Global Rights Trust",
  "Arab Development Bank",
  "Mediterranean Solidarity Fund",
];
const FIRST = [
  "Ahmed",
  "Layla",
  "Omar",
  "Rana",
  "Karim",
  "Huda",
  "Sami",
  "Noor",
  "Yusuf",
  "Maya",
  "Hassan",
  "Dina",
  "Peter",
  "Anna",
  "Jonas",
  "Marie",
  "Tariq",
  "Salma",
  "Ali",
  "Zeina",
  "Rami",
  "Lina",
  "Khalid",
  "Farah",
];
const LAST = [
  "Haddad",
  "Khoury",
  "Al-Jabouri",
  "Saleh",
  "Mansour",
  "Nasser",
  "Sorensen",
  "Lindqvist",
  "Rahman",
  "Aziz",
  "Hamdan",
  "Barakat",
  "Said",
  "Odeh",
  "Yassin",
  "Dupont",
  "Ibrahim",
  "Taha",
  "Karam",
  "Shami",
];
const ROLES = [
  "Director",
  "Executive Director",
  "Programme Manager",
  "Chairperson",
  "Head of Partnerships",
  "Project Coordinator",
  "President",
  "Country Representative",
];
const EVENT_KINDS = [
  "conference",
  "workshop",
  "training",
  "meeting",
  "forum",
  "round table",
  "seminar",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const CURRENCIES = ["EUR", "USD", "GBP", "CHF"];
const FILLER = [
  "Participants discussed the challenges facing civil society in the region and the need for sustained support.",
  "The sessions covered advocacy, monitoring, reporting and the protection of activists.",
  "Speakers stressed that local organisations are closest to the communities they serve.",
  "Several recommendations were adopted and will be shared with national authorities.",
  "The organisers noted the growing role of young people in public life.",
  "Working groups met in the afternoon to draft a joint action plan for the coming year.",
  "The discussions also addressed access to information and the safety of journalists.",
  "Participants exchanged experiences from different governorates and cities.",
  "A follow-up meeting is planned to review progress on the commitments made.",
  "The event closed with a call for closer coordination between donors and local partners.",
  "Trainers used case studies drawn from the work of community groups across the country.",
  "Many participants said it was the first time they had met colleagues from other regions.",
];

/** Picks an index in [0, n) with probability falling as 1/(rank+1)^s (Zipf-like). */
function zipf(random: Random, n: number, s = 1.05): number {
  const u = random();
  return Math.min(n - 1, Math.floor(n * u ** (1 + 2 * s)));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.replace(/[^A-Z]/g, "").charAt(0))
    .join("");
}

function makeOrganisations(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const name = `${pick(random, ADJECTIVES)} ${pick(random, BODIES)} for ${pick(random, THEMES)}`;
    names.add(names.size % 3 === 0 ? `${pick(random, PLACES)} ${name}` : name);
    if (names.size < count && random() < 0.02) names.add(`${name} ${names.size}`);
  }
  return [...names];
}

interface Pools {
  organisations: string[];
  people: { name: string; role: string }[];
}

function makePools(random: Random, documents: number): Pools {
  const organisations = makeOrganisations(random, Math.max(300, Math.round(documents * 0.4)));
  const people = Array.from({ length: Math.max(200, Math.round(documents * 0.3)) }, (_, i) => ({
    name: `${pick(random, FIRST)} ${pick(random, LAST)}${i >= FIRST.length * LAST.length ? ` ${i}` : ""}`,
    role: pick(random, ROLES),
  }));
  return { organisations, people };
}

function amountText(random: Random): string {
  const amount = (1 + Math.floor(random() * 99)) * 10_000;
  const currency = pick(random, CURRENCIES);
  const digits = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return random() < 0.5 ? `${currency} ${digits}` : `${digits} ${currency}`;
}

/** "the A, the B and the C". */
function listOf(names: string[]): string {
  const the = names.map((n) => `the ${n}`);
  return the.length > 1
    ? `${the.slice(0, -1).join(", ")} and ${the.at(-1)}`
    : (the[0] ?? "partners");
}

/** Writes one press release. */
function pressRelease(random: Random, pools: Pools, index: number): string {
  const org = (): string => pools.organisations[zipf(random, pools.organisations.length)] as string;
  const host = org();
  const acronym = acronymOf(host);
  const partners = [org(), org(), org()].filter((p) => p !== host);
  const funder = pick(random, FUNDER_NAMES);
  const person = pools.people[zipf(random, pools.people.length)] as Pools["people"][number];
  const guest = pools.people[zipf(random, pools.people.length)] as Pools["people"][number];
  const place = pick(random, PLACES);
  const year = 2005 + Math.floor(random() * 19);
  const month = pick(random, MONTHS);
  const day = 1 + Math.floor(random() * 28);
  const kind = pick(random, EVENT_KINDS);
  const theme = pick(random, THEMES);
  const event = `${kind.replace(/^./, (c) => c.toUpperCase())} on ${theme} ${index}`;
  const paragraphs = [
    `PRESS RELEASE\n\n${event}`,
    `${place}, ${day} ${month} ${year} – The ${host} (${acronym}) organised the ${event} in ${place} on ${day} ${month} ${year}, bringing together ${20 + Math.floor(random() * 80)} representatives of civil society organisations.`,
    `The ${kind} was held in partnership with ${listOf(partners)}. Representatives of the ${org()} and the ${org()} also participated.`,
    `${person.name}, ${person.role} of the ${acronym}, said: "Civil society has a central role to play in ${theme.toLowerCase()}, and this ${kind} shows what local organisations can achieve together."`,
    `The ${event} was funded by the ${funder} with a grant of ${amountText(random)}, as part of its programme for ${pick(random, THEMES).toLowerCase()} running from ${pick(random, MONTHS)} ${year} to ${pick(random, MONTHS)} ${year + 1}.`,
    `${guest.name}, ${guest.role} of the ${org()}, spoke at the opening session.`,
  ];
  const target = 300 + Math.floor(random() * 300);
  let words = paragraphs.join(" ").split(/\s+/).length;
  const filler: string[] = [];
  while (words < target) {
    const sentence = pick(random, FILLER);
    filler.push(sentence);
    words += sentence.split(" ").length;
    if (filler.length % 4 === 0) filler.push("\n\n");
  }
  paragraphs.splice(3, 0, filler.join(" ").replace(/ ?\n\n ?/g, "\n\n"));
  paragraphs.push(
    `For more information about the ${acronym}, contact the press office in ${place}.`,
  );
  return paragraphs.join("\n\n");
}

/** Generates `count` documents; the same count and seed always give the same bytes. */
export function generateCorpus(count: number, seed = 20240501): GeneratedFile[] {
  const random = makeRandom(seed);
  const pools = makePools(random, count);
  const encoder = new TextEncoder();
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => ({
    id: `release-${String(i).padStart(width, "0")}.txt`,
    bytes: encoder.encode(pressRelease(random, pools, i)),
  }));
}
