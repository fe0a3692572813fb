/**
 * Deterministic synthetic corpus for the benchmark: press releases about civil society, with
 * organisations reused across documents on a Zipf-like curve, acronym definitions, people
 * with titles, dated events and funding sentences with amounts; about 300–600 words each.
 * Identity is made hard on purpose: event titles ("Workshop on Legal Aid in Basra") recur
 * across years and cities, several releases report the same edition of an event, pairs of
 * bodies share an acronym (each defined in its own releases), and some releases name a body
 * by its bare acronym only. `generateReleases` also returns these facts, for tests.
 */
import { makeRandom } from "../src/compiler/layout.ts";

/** One generated file, as compileCorpus takes it. */
export interface GeneratedFile {
  id: string;
  bytes: Uint8Array;
}

/** One edition of a recurring event: a title held at a place on a date. */
export interface GeneratedEvent {
  title: string;
  place: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

/** What a generated release states, for tests that check identity. */
export interface ReleaseFacts {
  id: string;
  /** The event the release reports, as its headline names it. */
  event: GeneratedEvent;
  /** The host body and the acronym the release defines for it ("The X (ACR)"). */
  host: string;
  acronym: string;
  /** A body named only by its bare acronym (no definition in this release), if any. */
  bare?: { name: string; acronym: string };
  /** Every body the release names in full (the host first). */
  bodies: string[];
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

/** The acronym a release defines for a body: the initials of its capitalised words. */
export function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.replace(/[^A-Z]/g, "").charAt(0))
    .join("");
}

/** Bodies that share an initial, so that swapping one for the other keeps the acronym. */
const BODY_TWINS: Record<string, string> = {
  Association: "Alliance",
  Alliance: "Association",
  Foundation: "Forum",
  Forum: "Foundation",
  Centre: "Coalition",
  Coalition: "Centre",
  Organisation: "Observatory",
  Observatory: "Organisation",
  Society: "Syndicate",
  Union: "Unit",
};

/** A different body with the same acronym ("… Forum for …" → "… Foundation for …"). */
function twinOf(name: string): string | undefined {
  const body = / (\p{Lu}\p{Ll}+) for /u.exec(name)?.[1];
  const twin = body ? BODY_TWINS[body] : undefined;
  return twin ? name.replace(` ${body} for `, ` ${twin} for `) : undefined;
}

function makeOrganisations(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const name = `${pick(random, ADJECTIVES)} ${pick(random, BODIES)} for ${pick(random, THEMES)}`;
    names.add(names.size % 3 === 0 ? `${pick(random, PLACES)} ${name}` : name);
    if (names.size < count && random() < 0.02) names.add(`${name} ${names.size}`);
  }
  // The most cited bodies come in pairs that share an acronym: each of the first eight is
  // followed by its twin, so both are hosts of several releases.
  const list = [...names];
  const out: string[] = [];
  list.forEach((name, i) => {
    out.push(name);
    const twin = twinOf(name);
    if (i < 8 && twin && !names.has(twin)) out.push(twin);
  });
  return out;
}

const EVENT_THEMES = [
  "Youth Employment",
  "Legal Aid",
  "Media Freedom",
  "Women in Local Councils",
  "Water Rights",
  "Civic Education",
  "Transitional Justice",
  "Election Monitoring",
];

/**
 * Recurring events: a few titles, each held in several years (and, for titles without a
 * place, in several cities); every edition has its own date. Releases pick editions on a
 * Zipf-like curve, so one edition is often reported by several releases.
 */
function makeEvents(random: Random, documents: number): GeneratedEvent[] {
  const titles = Math.max(6, Math.round(documents / 40));
  const events: GeneratedEvent[] = [];
  const seen = new Set<string>();
  for (let t = 0; t < titles; t++) {
    const kind = pick(random, EVENT_KINDS).replace(/^./, (c) => c.toUpperCase());
    const theme = pick(random, EVENT_THEMES);
    const home = pick(random, PLACES);
    const withPlace = t % 2 === 0;
    const title = withPlace ? `${kind} on ${theme} in ${home}` : `${kind} on ${theme}`;
    const editions = 2 + Math.floor(random() * 3);
    const years = new Set<number>();
    while (years.size < editions) years.add(2005 + Math.floor(random() * 19));
    for (const year of [...years].sort()) {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const place = withPlace ? home : pick(random, PLACES);
      if (seen.has(`${title}|${date}`)) continue;
      seen.add(`${title}|${date}`);
      events.push({ title, place, date });
    }
  }
  // Interleave titles, so the head of the Zipf curve holds editions of different titles.
  return events
    .map((e, i) => ({ e, k: (i * 7919) % events.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.e);
}

interface Pools {
  organisations: string[];
  people: { name: string; role: string }[];
  events: GeneratedEvent[];
}

function makePools(random: Random, documents: number): Pools {
  const organisations = makeOrganisations(random, Math.max(300, Math.round(documents * 0.4)));
  const people = Array.from({ length: Math.max(200, Math.round(documents * 0.3)) }, (_, i) => ({
    name: `${pick(random, FIRST)} ${pick(random, LAST)}${i >= FIRST.length * LAST.length ? ` ${i}` : ""}`,
    role: pick(random, ROLES),
  }));
  return { organisations, people, events: makeEvents(random, documents) };
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "3 May 2012" from "2012-05-03", and the same date `days` later (within the year). */
function dayText(iso: string, days = 0): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  let month = m;
  let day = d + days;
  while (day > (MONTH_DAYS[month - 1] ?? 30) && month < 12) day -= MONTH_DAYS[month++ - 1] ?? 30;
  return `${Math.min(day, 31)} ${MONTHS[month - 1]} ${y}`;
}

/** Writes one press release and says what it states. */
function pressRelease(
  random: Random,
  pools: Pools,
  id: string,
): { text: string; facts: ReleaseFacts } {
  const named: string[] = [];
  const pickOrg = (): string =>
    pools.organisations[zipf(random, pools.organisations.length)] as string;
  const org = (): string => {
    const name = pickOrg();
    named.push(name);
    return name;
  };
  const host = org();
  const acronym = acronymOf(host);
  const partners = [org(), org(), org()].filter((p) => p !== host);
  const funder = pick(random, FUNDER_NAMES);
  const person = pools.people[zipf(random, pools.people.length)] as Pools["people"][number];
  const guest = pools.people[zipf(random, pools.people.length)] as Pools["people"][number];
  const edition = pools.events[zipf(random, pools.events.length, 0.6)] as GeneratedEvent;
  const { title: event, place } = edition;
  const year = Number(edition.date.slice(0, 4));
  const kind = (/^(\S+(?: table)?)/.exec(event)?.[1] ?? "event").toLowerCase();
  const theme = pick(random, THEMES);
  // A release is published on the day of the event or a few days later.
  const published = dayText(edition.date, random() < 0.6 ? 0 : 1 + Math.floor(random() * 9));
  const held = dayText(edition.date);
  const where = event.endsWith(` in ${place}`) ? "" : ` in ${place}`;
  // Some releases name a body only by its acronym, without defining it.
  const other = pickOrg();
  const bare = other !== host && random() < 0.4 ? other : undefined;
  const paragraphs = [
    `PRESS RELEASE\n\n${event}`,
    `${place}, ${published} – The ${host} (${acronym}) organised the ${event}${where} on ${held}, bringing together ${20 + Math.floor(random() * 80)} representatives of civil society organisations.`,
    `The ${kind} was held in partnership with ${listOf(partners)}. Representatives of the ${org()} and the ${org()} also participated.`,
    `${person.name}, ${person.role} of the ${acronym}, said: "Civil society has a central role to play in ${theme.toLowerCase()}, and this ${kind} shows what local organisations can achieve together."`,
    `The ${event} was funded by the ${funder} with a grant of ${amountText(random)}. The grant comes from a fund for ${pick(random, THEMES).toLowerCase()} that runs from ${pick(random, MONTHS)} ${year} to ${pick(random, MONTHS)} ${year + 1}.`,
    `${guest.name}, ${guest.role} of the ${org()}, spoke at the opening session.`,
  ];
  if (bare) paragraphs.push(`A delegation of the ${acronymOf(bare)} also attended.`);
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
  const facts: ReleaseFacts = {
    id,
    event: edition,
    host,
    acronym,
    ...(bare && { bare: { name: bare, acronym: acronymOf(bare) } }),
    bodies: [...new Set(named)],
  };
  return { text: paragraphs.join("\n\n"), facts };
}

/** Generates `count` releases with their facts; the same count and seed give the same bytes. */
export function generateReleases(
  count: number,
  seed = 20240501,
): { files: GeneratedFile[]; facts: ReleaseFacts[] } {
  const random = makeRandom(seed);
  const pools = makePools(random, count);
  const encoder = new TextEncoder();
  const width = String(count).length;
  const files: GeneratedFile[] = [];
  const facts: ReleaseFacts[] = [];
  for (let i = 0; i < count; i++) {
    const id = `release-${String(i).padStart(width, "0")}.txt`;
    const r = pressRelease(random, pools, id);
    files.push({ id, bytes: encoder.encode(r.text) });
    facts.push(r.facts);
  }
  return { files, facts };
}

/** Generates `count` documents; the same count and seed always give the same bytes. */
export function generateCorpus(count: number, seed = 20240501): GeneratedFile[] {
  return generateReleases(count, seed).files;
}
