// HTML pages without <article> or <main>: the story only. Menus, sidebars, cookie banners,
// share bars, related-article lists, comment threads and footers never reach extraction.
// Each page shape is written by hand, in several markups (named furniture, unnamed
// furniture, table layouts); each asserts the story's sentences are in and the furniture out.
import { describe, expect, it } from "vitest";
import { charsetFromMeta, htmlToText } from "../../../src/compiler/html.ts";

const MENU = `<div id="top"><div class="logo"><a href="/">Tigris Civic Network</a></div>
  <ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
  <li><a href="/news">News</a></li><li><a href="/projects">Our projects</a></li><li><a href="/contact">Contact</a></li></ul></div>`;

const DIV_SOUP = `<!doctype html><html><head><title>Youth councils meet in Hillah | Tigris Civic Network</title></head>
<body>
${MENU}
<div id="wrapper">
  <div id="left-sidebar">
    <h3>Categories</h3>
    <ul><li><a href="/c/1">Elections</a></li><li><a href="/c/2">Water</a></li><li><a href="/c/3">Youth</a></li></ul>
    <div class="widget"><h3>Newsletter</h3><p>Sign up for our monthly newsletter and get all the news from the network, straight to your inbox, every month.</p></div>
  </div>
  <div id="content-area">
    <h1>Youth councils meet in Hillah</h1>
    <div class="date">3 May 2022</div>
    <p>HILLAH, 3 May 2022 – The Babylon Youth Forum brought together forty members of local youth councils in Hillah on 2 May, with support from the Tigris Civic Network and the Hillah Teachers Union.</p>
    <p>Participants discussed the municipal budget, the state of school buildings in the province, and how young people can follow the work of the provincial council between elections.</p>
    <p>"We want to be asked before the money is spent, not after," said Zainab Kareem, a member of the Hillah youth council, at the end of the day.</p>
  </div>
</div>
<div id="footer"><p>Tigris Civic Network, Al-Jumhuriya Street, Hillah, Babylon, Iraq. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/sitemap">Sitemap</a></p></div>
</body></html>`;

const COOKIE_FIRST = `<html><head><title>Olive harvest grants</title></head><body>
<div class="cc-window cookie-consent"><p>This website uses cookies to ensure you get the best experience on our website, to analyse traffic and to personalise content.</p>
<a class="cc-btn" href="#">Accept all cookies</a> <a href="/cookie-policy">Cookie policy</a></div>
<div id="gdpr-box"><p>We respect your privacy. Manage your preferences at any time, including the consent you gave for statistics and marketing.</p></div>
<div class="page">
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › Olive harvest grants</div>
  <div class="story">
    <h2>Olive harvest grants for Nineveh cooperatives</h2>
    <p>MOSUL, 14 October 2021 – The Nineveh Farmers Association has awarded small grants to twelve olive cooperatives in Bashiqa and Bartella, with funding from the Green Levant Fund.</p>
    <p>Each cooperative receives up to 5,000 US dollars to repair presses, buy crates and train young pickers, and the first payments were made in the second week of October.</p>
  </div>
</div>
</body></html>`;

const RELATED_LONGER = `<html><body>
${MENU}
<div class="container">
  <div class="col-8">
    <h1>Water users sign a charter in Kut</h1>
    <p>KUT, 9 March 2023 – Farmers from eleven villages on the Gharraf canal signed a water-sharing charter on 8 March, after four meetings convened by the Wasit Water Users Association.</p>
    <p>The charter sets a rota for the dry months, and the Wasit Directorate of Water Resources agreed to publish the release schedule every week.</p>
    <h3>Related articles</h3>
    <ul>
      <li><a href="/a1">Farmers in Dhi Qar ask for a fair share of the Euphrates water this summer</a></li>
      <li><a href="/a2">Youth volunteers clean the banks of the Tigris in Baghdad over one long weekend</a></li>
      <li><a href="/a3">Women's cooperatives in Basra open a new market for dates and date syrup</a></li>
      <li><a href="/a4">A new report counts the wells that dried up in the south of the country since 2018</a></li>
      <li><a href="/a5">Engineers and farmers meet in Nasiriyah to plan the repair of the irrigation canals</a></li>
      <li><a href="/a6">Civil society groups call for a national water law that protects small growers</a></li>
      <li><a href="/a7">The marshes festival returns to Chibayish after a three-year pause, organisers say</a></li>
      <li><a href="/a8">Students in Najaf design a low-cost filter for the drinking water of rural schools</a></li>
    </ul>
  </div>
  <div class="col-4">
    <ul>
      <li><a href="/b1">Most read: a guide to the provincial elections and the candidates in each district</a></li>
      <li><a href="/b2">Most read: how the new budget law changes the money that reaches the governorates</a></li>
      <li><a href="/b3">Most read: the ten civil society groups that shaped the debate on the water law</a></li>
    </ul>
  </div>
</div>
</body></html>`;

const WITH_COMMENTS = `<html><body>
${MENU}
<div id="page">
  <div class="post">
    <h1>Legal clinic opens in Zubair</h1>
    <p class="meta">Posted on 21 June 2020 by admin</p>
    <div class="entry">
      <p>ZUBAIR, 21 June 2020 – The Basra Lawyers Collective opened a free legal clinic in Zubair on 20 June, in partnership with the Shatt al-Arab Women's Network.</p>
      <p>The clinic will help families with civil documents, inheritance and housing cases, and lawyers will visit the camps around the town twice a month.</p>
    </div>
    <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
  </div>
  <div id="comments">
    <h3>4 Comments</h3>
    <ol class="commentlist">
      <li><p>Ali Hassan said: This is wonderful news for the families in Zubair, thank you for the work, I hope you can come to Safwan as well, many people there need help with documents.</p></li>
      <li><p>Noor Jabbar said: Is the clinic open on Saturdays? My aunt needs help with her pension file, and the office in Basra keeps sending her back, again and again.</p></li>
      <li><p>Karim Salman said: We need the same in Abu al-Khaseeb, please, the situation of the displaced families there is very hard and nobody explains the procedures to them.</p></li>
      <li><p>Huda Fadhil said: Thank you to all the lawyers who give their time for free, the people of Zubair will not forget it, and we will tell our neighbours about it.</p></li>
    </ol>
    <div class="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
  </div>
</div>
</body></html>`;

/** No names at all: structure alone (no ids or classes) tells the story from the furniture. */
const NAMELESS = `<html><body>
<div><a href="/">Home</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/about">About</a> <a href="/donate">Donate</a></div>
<div>
  <div>
    <div><a href="/n1">Press releases</a></div><div><a href="/n2">Statements</a></div><div><a href="/n3">Reports</a></div>
  </div>
  <div>
    <h2>Roundtable on returns in Sinjar</h2>
    <p>DUHOK, 12 April 2022 – Representatives of Yazidi associations, the Duhok Directorate of Migration and two international NGOs met on 11 April to discuss the return of families to Sinjar.</p>
    <p>The Sinjar Returns Platform, which convened the roundtable, asked for a joint plan for housing, schools and clinics before the next season, and for a list of the villages that are safe.</p>
    <p>Read more:</p>
    <ul>
      <li><a href="/x1">Sinjar families describe a long wait for compensation after the war ended in the district</a></li>
      <li><a href="/x2">Teachers return to four schools in the north of the district after repairs by the ministry</a></li>
      <li><a href="/x3">A mobile clinic begins weekly visits to the villages south of the mountain this month</a></li>
    </ul>
  </div>
</div>
<div>© 2022 Sinjar Returns Platform. Website by Example Studio. <a href="/privacy">Privacy</a></div>
</body></html>`;

/** A cookie notice without a telling class, before a story in a table layout. */
const TABLE_LAYOUT = `<html><body>
<div><p>We use cookies to give you the best experience. By continuing to browse you agree to our <a href="/c">cookie policy</a>.</p></div>
<table width="100%"><tr>
  <td width="20%" valign="top"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/reports">Reports</a><br><a href="/jobs">Jobs</a><br><a href="/contact">Contact us</a></td>
  <td valign="top">
    <font size="4"><b>Aden fishermen form a cooperative</b></font><br><br>
    ADEN, 2 February 2019 – Sixty fishermen from Sira and Mualla founded the Aden Small Boats Cooperative on 1 February, with help from the Gulf of Aden Livelihoods Foundation.<br><br>
    The cooperative will buy ice and fuel together, and it will sell the catch at the new market in Crater, where the Aden Fisheries Office has set aside twelve stalls for members.
  </td>
  <td width="20%" valign="top"><b>Latest news</b><br><a href="/l1">Workshop on maritime law for coast guards in Mukalla, the first of a series of three</a><br><a href="/l2">New clinic for fishing families opens in Shuqra with support from local donors</a></td>
</tr></table>
<p>Copyright 2019 Aden Civic Portal. Powered by an old CMS.</p>
</body></html>`;

/** Unnamed comments: a heading says where the story ends. */
const UNNAMED_COMMENTS = `<html><body>
<div><a href="/">Home</a> · <a href="/blog">Blog</a> · <a href="/about">About</a></div>
<div>
  <h1>Reading club for mothers in Herat</h1>
  <p>HERAT, 5 September 2021 – The Herat Women's Literacy Circle began a weekly reading club for mothers on 4 September, hosted by the Jebrael Community Centre.</p>
  <p>Twenty-five women read short stories together, practise writing letters to their children's teachers, and borrow books for the week, which the circle buys with support from the Kabul Book Trust.</p>
  <h2>Comments</h2>
  <div><p>Mariam wrote: What a beautiful idea, my mother learned to read at fifty and it changed her life, I wish there was such a club in our district as well.</p></div>
  <div><p>Farid wrote: Please publish the list of books you read, so that other clubs, in other provinces and in other countries, can follow the same programme.</p></div>
</div>
</body></html>`;

/** An <article> page whose article holds a share bar, a related list and a comment form. */
const ARTICLE_WITH_FURNITURE = `<html><body><nav><a href="/">Home</a></nav>
<article class="post">
  <header class="post-header"><h1>Budget hearing in Hargeisa</h1><time>2024-01-18</time></header>
  <div class="post-body"><p>HARGEISA, 18 January 2024 – The Somaliland Budget Forum held a public hearing on the draft budget on 17 January.</p></div>
  <div class="post-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <div class="related-posts"><h3>You may also like</h3><a href="/r1">A hearing on health spending in Borama</a></div>
  <div id="comments" class="comments-area"><p>Leave a comment. Your email will not be published.</p></div>
</article></body></html>`;

/** A menu with more text than the story, and a wrapper whose name says "sidebar". */
const MEGA_MENU = `<html><body>
<div class="mega-menu">${Array.from({ length: 60 }, (_, i) => `<a href="/p${i}">Programme area number ${i} and its projects</a>`).join(" ")}</div>
<div class="wrap sidebar-right">
  <div class="sidebar"><a href="/x">Archive</a> <a href="/y">Donate now</a></div>
  <div class="text">
    <p>GAZIANTEP, 9 November 2022 – The Syrian Teachers Network signed an agreement with the Kilis Education Platform on 8 November, to train two hundred teachers in the camps.</p>
    <p>The training starts in January and covers child protection, inclusive classrooms and the new curriculum, with certificates from the Aleppo Free University.</p>
  </div>
</div></body></html>`;

const story = (page: string): string => htmlToText(page).text;

describe("htmlToText on pages without <article> or <main>", () => {
  it("keeps the story of a div-soup page and drops its menu, sidebar and footer", () => {
    const text = story(DIV_SOUP);
    expect(text).toContain("The Babylon Youth Forum brought together forty members");
    expect(text).toContain("Participants discussed the municipal budget");
    expect(text).toContain("said Zainab Kareem, a member of the Hillah youth council");
    expect(text.startsWith("Youth councils meet in Hillah\n\n3 May 2022\n\nHILLAH")).toBe(true);
    for (const furniture of [
      "About us",
      "Our projects",
      "Categories",
      "Newsletter",
      "Sign up",
      "All rights reserved",
      "Privacy",
      "Sitemap",
    ])
      expect(text).not.toContain(furniture);
  });

  it("keeps the story of a table layout and drops the menu cell, the news cell and the notice", () => {
    const text = story(TABLE_LAYOUT);
    expect(text).toContain(
      "Sixty fishermen from Sira and Mualla founded the Aden Small Boats Cooperative",
    );
    expect(text).toContain(
      "where the Aden Fisheries Office has set aside twelve stalls for members.",
    );
    for (const furniture of [
      "cookies",
      "Contact us",
      "Jobs",
      "Latest news",
      "maritime law",
      "Copyright",
    ])
      expect(text).not.toContain(furniture);
  });

  it("drops cookie and consent banners that come before the content", () => {
    const text = story(COOKIE_FIRST);
    expect(text).toContain("The Nineveh Farmers Association has awarded small grants");
    expect(text).toContain("Each cooperative receives up to 5,000 US dollars");
    for (const furniture of ["cookies", "Cookie policy", "privacy", "consent", "Home", "›"])
      expect(text).not.toContain(furniture);
  });

  it("drops a related-articles list longer than the story, named or not", () => {
    const text = story(RELATED_LONGER);
    expect(text).toContain("Farmers from eleven villages on the Gharraf canal signed");
    expect(text).toContain("the Wasit Directorate of Water Resources agreed to publish");
    for (const furniture of [
      "Related articles",
      "Dhi Qar",
      "marshes festival",
      "Most read",
      "Our projects",
    ])
      expect(text).not.toContain(furniture);
    const nameless = story(NAMELESS);
    expect(nameless).toContain("The Sinjar Returns Platform, which convened the roundtable");
    expect(nameless).toContain("Representatives of Yazidi associations");
    for (const furniture of [
      "Read more",
      "compensation",
      "mobile clinic",
      "Donate",
      "Press releases",
      "©",
      "Example Studio",
    ])
      expect(nameless).not.toContain(furniture);
  });

  it("drops comment threads, reply forms and share bars, named or not", () => {
    const text = story(WITH_COMMENTS);
    expect(text).toContain("The Basra Lawyers Collective opened a free legal clinic in Zubair");
    expect(text).toContain("lawyers will visit the camps around the town twice a month.");
    expect(text).toContain("Posted on 21 June 2020");
    for (const furniture of [
      "Comments",
      "Ali Hassan",
      "Safwan",
      "pension",
      "Leave a Reply",
      "Facebook",
      "WhatsApp",
    ])
      expect(text).not.toContain(furniture);
    const unnamed = story(UNNAMED_COMMENTS);
    expect(unnamed).toContain("began a weekly reading club for mothers on 4 September");
    expect(unnamed).toContain("with support from the Kabul Book Trust.");
    for (const furniture of ["Comments", "Mariam wrote", "Farid", "Blog"])
      expect(unnamed).not.toContain(furniture);
  });

  it("drops a menu longer than the story, and keeps a wrapper whose name says sidebar", () => {
    const text = story(MEGA_MENU);
    expect(text).toContain("The Syrian Teachers Network signed an agreement");
    expect(text).toContain("with certificates from the Aleppo Free University.");
    for (const furniture of ["Programme area", "Archive", "Donate"])
      expect(text).not.toContain(furniture);
  });

  it("keeps the title the markup gives", () => {
    expect(htmlToText(DIV_SOUP).markupTitle).toBe("Youth councils meet in Hillah");
    expect(htmlToText(COOKIE_FIRST).markupTitle).toBe("Olive harvest grants");
  });
});

describe("htmlToText inside <article>", () => {
  it("keeps the article's header and drops its share bar, related posts and comments", () => {
    expect(story(ARTICLE_WITH_FURNITURE)).toBe(
      "Budget hearing in Hargeisa\n\n2024-01-18\n\nHARGEISA, 18 January 2024 – The Somaliland Budget Forum held a public hearing on the draft budget on 17 January.",
    );
  });
});

describe("htmlToText at scale", () => {
  it("survives nesting thousands of levels deep", () => {
    const depth = 20_000;
    const html = `${"<div>".repeat(depth)}<p>Deep text, with a comma, that is long enough to be scored as a paragraph.</p>${"</div>".repeat(depth)}`;
    expect(story(html)).toBe(
      "Deep text, with a comma, that is long enough to be scored as a paragraph.",
    );
  });

  it("keeps the story of a page with a very long menu", () => {
    const n = 20_000;
    const page = `<div class="menu">${"<a href=x>link</a> ".repeat(n)}</div><div>${"<div><p>A sentence of the story, with a comma, long enough to score.</p></div>".repeat(50)}</div>`;
    const text = htmlToText(page).text;
    expect(text).toContain("A sentence of the story");
    expect(text).not.toContain("link link");
  });
});

describe("charsetFromMeta", () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it("reads <meta charset> in its spellings", () => {
    expect(charsetFromMeta(bytes('<html><head><meta charset="windows-1256"></head>'))).toBe(
      "windows-1256",
    );
    expect(charsetFromMeta(bytes("<META CHARSET=ISO-8859-6>"))).toBe("iso-8859-6");
    expect(charsetFromMeta(bytes("<meta charset='utf-8'/>"))).toBe("utf-8");
  });

  it("reads the http-equiv Content-Type form, attributes in any order", () => {
    expect(
      charsetFromMeta(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'),
      ),
    ).toBe("windows-1256");
    expect(
      charsetFromMeta(bytes("<meta content='text/html;charset=KOI8-R' http-equiv='content-type'>")),
    ).toBe("koi8-r");
  });

  it("ignores comments, other metas, and what lies past the first 1024 bytes", () => {
    expect(charsetFromMeta(bytes('<!-- <meta charset="big5"> --><meta charset="utf-8">'))).toBe(
      "utf-8",
    );
    expect(
      charsetFromMeta(bytes('<meta name="description" content="charset=big5">')),
    ).toBeUndefined();
    expect(charsetFromMeta(bytes(`${" ".repeat(1100)}<meta charset="big5">`))).toBeUndefined();
    expect(charsetFromMeta(bytes("<p>no declaration</p>"))).toBeUndefined();
  });

  it("reads a UTF-16 label as UTF-8, as the standard's prescan does", () => {
    expect(charsetFromMeta(bytes('<meta charset="utf-16le">'))).toBe("utf-8");
  });
});

describe("htmlToText keeps a page's fact box", () => {
  const STORY = `<p>Since 2021 the Karak Women Farmers Union has run seed banks in six villages of the governorate, with 300 members.</p>`;
  it.each([
    [
      "an aside inside <main>",
      `<html><body><nav><a href="/">Home</a></nav><main><h1>Seed banks for Karak</h1><aside><p>Donor: Arbor Seed Trust</p><p>Partners: Karak Municipality</p><p>Duration: 2021–2024</p></aside>${STORY}</main><footer>All rights reserved.</footer></body></html>`,
    ],
    [
      "a sidebar of terms and definitions beside the story",
      `<html><body><div class="menu"><a href="/">Home</a> <a href="/about">About</a></div><div class="content"><h1>Seed banks for Karak</h1>${STORY}<p>The union trains young farmers to keep the seeds of old wheat varieties, and sells the surplus at the weekly market.</p></div><div class="sidebar"><dl><dt>Donor</dt><dd>Arbor Seed Trust</dd><dt>Partners</dt><dd>Karak Municipality</dd></dl></div></body></html>`,
    ],
    [
      "an aside inside <article> with labels in bold",
      `<html><body><article><h1>Seed banks for Karak</h1>${STORY}<aside class="project-facts"><ul><li><b>Funded by:</b> Arbor Seed Trust</li><li><b>Implementing partner:</b> Karak Municipality</li></ul></aside></article></body></html>`,
    ],
  ])("%s", (_shape, html) => {
    const { text } = htmlToText(html);
    expect(text).toContain("Karak Women Farmers Union");
    expect(text).toMatch(/(?:Donor|Funded by):\s*Arbor Seed Trust/);
    expect(text).toMatch(/[Pp]artners?:\s*Karak Municipality/);
    expect(text).not.toContain("Home");
  });

  it("still drops an aside that holds no facts", () => {
    const { text } = htmlToText(
      `<html><body><main><h1>Seed banks for Karak</h1><aside><h3>Related</h3><p><a href="/a">Water for Karak</a></p><p>Location of our office: Amman</p></aside>${STORY}</main></body></html>`,
    );
    expect(text).not.toContain("Related");
    expect(text).not.toContain("Water for Karak");
  });
});
