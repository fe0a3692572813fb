/**
 * Reads what the screen shows: screenshots an element and counts pixels near given colours,
 * decoding the PNG inside the page (no image library needed in Node).
 */
import type { Locator, Page } from "playwright-core";

/** Counts, for each `#rrggbb` colour, the screenshot pixels within `tolerance` of it. */
export async function countColours(
  page: Page,
  target: Locator,
  colours: string[],
  tolerance = 24,
): Promise<Record<string, number>> {
  const png = await target.screenshot();
  return page.evaluate(
    async ({ data, colours, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let i = 0; i < px.length; i += 4) {
        rgb.forEach(([r, g, b], k) => {
          if (
            Math.abs(px[i]! - r!) <= tolerance &&
            Math.abs(px[i + 1]! - g!) <= tolerance &&
            Math.abs(px[i + 2]! - b!) <= tolerance
          )
            counts[k]! += 1;
        });
      }
      return Object.fromEntries(colours.map((c, k) => [c, counts[k]!]));
    },
    { data: png.toString("base64"), colours, tolerance },
  );
}
