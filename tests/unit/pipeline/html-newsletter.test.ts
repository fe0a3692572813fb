// E-mail newsletters as HTML (table layouts, one row per item): every item reaches
// extraction, not only the longest, and the rows of furniture (preheader, footer) do not.
// Three markups written for this test: Mailchimp-like rows, a <div> per item, <section>s.
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/compiler/html.ts";

const item = (n: number, title: string, body: string): string =>
  n % 2 ? `<h2>${title}</h2><p>${body}</p>` : `<h3>${title}</h3><p>${body}</p><p>More soon.</p>`;

const ITEMS: [string, string][] = [
  [
    "Radio training in Gulu",
    "Gulu, 4 July. Twenty young women learned to record interviews with the Acholi Voices Radio team, who facilitated three days of practice, and each produced a short story.",
  ],
  [
    "Forum on land in Lira",
    "Lira, 22 August. More than 100 women from 30 villages came to the regional forum on land rights, co-organised with the Lango Women's Council, and spoke with district officials.",
  ],
  [
    "A new grant",
    "We are glad to share that the Korsgaard Foundation has awarded us a grant of EUR 60,000 for two years of work on land titles, radio programmes and legal aid.",
  ],
  [
    "Team news",
    "Welcome to Grace Akello, our new coordinator for Lira, who joined us in July. And thank you to Peter Okot, who leaves after six years.",
  ],
];

const rows = (cell: (inner: string) => string): string =>
  ITEMS.map(([t, b], i) => cell(item(i, t, b))).join("\n");

const PAGES: [string, string][] = [
  [
    "table rows with a class on each cell",
    `<table class="templateContainer">
<tr><td class="preheader mcnTextContent"><a href="#">View this email in your browser</a></td></tr>
${rows((x) => `<tr><td class="mcnTextContent">${x}</td></tr>`)}
<tr><td class="footerContent mcnTextContent">Copyright © 2025 Acholi Women Network, All rights reserved. <a href="#">Unsubscribe</a></td></tr>
</table>`,
  ],
  [
    "a div per item",
    `<div class="wrapper"><div class="top"><a href="#">View online</a></div>
${rows((x) => `<div class="news-item">${x}</div>`)}
<div class="legal"><a href="#">Unsubscribe</a> · <a href="#">Preferences</a></div></div>`,
  ],
  [
    "sections",
    `<main-wrap><nav><a href="/">Home</a> <a href="/news">News</a></nav>
${rows((x) => `<section class="block">${x}</section>`)}
<footer><a href="#">Unsubscribe</a></footer></main-wrap>`,
  ],
];

describe("a newsletter's items all reach extraction", () => {
  it.each(PAGES)("%s", (_name, body) => {
    const { text } = htmlToText(
      `<html><head><title>Bulletin No. 9</title></head><body>${body}</body></html>`,
    );
    for (const [title, sentence] of ITEMS) {
      expect(text).toContain(title);
      expect(text).toContain(sentence.slice(0, 40));
    }
    expect(text).not.toMatch(/Unsubscribe|View this email/);
  });
});
