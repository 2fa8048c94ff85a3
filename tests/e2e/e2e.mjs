// End-to-end test of `readout serve` in a real headless browser (Debian's
// chromium driven by playwright-core). In: READOUT_URL (a running server
// whose database holds examples/ and the <script> probe written by run.sh),
// SEED_ARTICLE (a path, read here at test time). Out: exit status 0 when
// every step passes, and a screenshot of each page in SCREENSHOT_DIR.
import { chromium } from "playwright-core";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const base = process.env.READOUT_URL || "http://127.0.0.1:8080";
const seedPath = process.env.SEED_ARTICLE || "../shared/seed/000_47385a12522914d2.txt";
const shots = process.env.SCREENSHOT_DIR || "target/e2e-screenshots";
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "readout-e2e-"));

function check(condition, message) {
  if (!condition) throw new Error(`FAILED: ${message}`);
  console.log(`ok - ${message}`);
}

// A fresh profile directory each run (playwright passes it as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const page = browser.pages()[0] || await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    // Failed loads are reported below with their URL.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) errors.push(`${response.status()} ${response.url()}`);
  });

  // The results list says which search it shows (data-search, the address's
  // filters). Each step waits for its own search's results: the list still
  // holds the previous search's until the new answer is rendered. A locator
  // wait, not waitForFunction: that one evaluates a string in the page, which
  // the page's Content-Security-Policy (no 'unsafe-eval') forbids.
  const resultsOf = (filters) =>
    page.locator(`#results[data-search="${new URLSearchParams(filters)}"]`).waitFor({ state: "attached" });

  // 1. Search for a speaker, using the keyboard, while the first page load's
  // search of every quote may still be under way (its answer must not
  // overwrite this one's: regression test for a CI run that saw all 20).
  // The first load's search of every quote is made to answer a second late.
  const everyQuote = (url) => String(url).includes("/api/quotes?") && !new URL(url).searchParams.has("speaker");
  await page.route(everyQuote, async (route) => { await new Promise((wake) => setTimeout(wake, 1000)); await route.continue(); });
  const lateAnswer = page.waitForResponse((response) => everyQuote(response.url()));
  await page.goto(`${base}/`);
  await page.keyboard.press("/");
  check(await page.evaluate(() => document.activeElement.id === "f-q"), "'/' focuses the search box");
  await page.fill("#f-speaker", "Rachel Reeves");
  await page.press("#f-speaker", "Enter");
  await resultsOf({ speaker: "Rachel Reeves" });
  await lateAnswer;
  await page.waitForTimeout(300);
  await page.unroute(everyQuote);
  const speakers = await page.locator("#results .speaker").allTextContents();
  check(speakers.length > 0 && speakers.every((name) => name === "Rachel Reeves"), `search by speaker finds ${speakers.length} quotes by Rachel Reeves`);
  await page.screenshot({ path: `${shots}/1-search.png`, fullPage: true });

  // 2. Open the first quote in its article: highlighted in its paragraph.
  const quoteText = (await page.locator("#results .quote-link").first().textContent()).replace(/^“|”$/g, "");
  await page.locator("#results .quote-link").first().click();
  await page.waitForSelector("#doc-text mark.quote.current");
  const current = page.locator("#doc-text mark.quote.current").first();
  check(await current.isVisible(), "the quote is highlighted in the article");
  check(await page.locator("#doc-text p.has-current").count() === 1, "its paragraph is marked");
  const marked = (await page.locator("#doc-text mark.quote.current").allTextContents()).join(" ");
  check(marked.includes(quoteText.slice(1, 30)), "the highlighted text is the quote that was clicked");
  await page.screenshot({ path: `${shots}/2-article.png`, fullPage: true });

  // 3. The speaker page: counts, weekly chart, interactions, events.
  await page.goto(`${base}/#/speaker/${encodeURIComponent("Keir Starmer")}`);
  await page.waitForSelector("#speaker-chart svg rect.bar");
  check((await page.locator("#speaker-name").textContent()) === "Keir Starmer", "the speaker page names Keir Starmer");
  check(await page.locator("#speaker-quotes li").count() > 0, "the speaker page lists recent quotes");
  const events = page.locator("#speaker-events li.event");
  check(await events.count() > 0, `the speaker page lists ${await events.count()} calls, meetings and visits`);
  const kinds = await page.locator("#speaker-events li.event .tag").allTextContents();
  check(kinds.every((kind) => ["communication", "meeting", "visit"].includes(kind)), `each event has its kind (${kinds.join(", ")})`);
  const others = await page.locator("#speaker-events .participant").allTextContents();
  check(others.length > 0 && !others.includes("Keir Starmer"), `events name the others in them (${[...new Set(others)].join(", ")}), not the speaker`);
  await page.screenshot({ path: `${shots}/3-speaker.png`, fullPage: true });

  // 3b. The search's "To" and "Via" filters reach the API (the quotes
  // say to whom and via what only where the text does).
  await page.goto(`${base}/#/?to=${encodeURIComponent("Donald Trump")}`);
  await resultsOf({ to: "Donald Trump" });
  check((await page.inputValue("#f-to")) === "Donald Trump", "the To filter is filled from the address");
  const saidTo = await page.locator("#results .said").allTextContents();
  check(saidTo.length > 0 && saidTo.every((text) => text.includes("to Donald Trump")), `the ${saidTo.length} quotes found say to Donald Trump`);
  await page.fill("#f-to", "");
  await page.selectOption("#f-channel", "interview");
  await resultsOf({ channel: "interview" });
  const saidVia = await page.locator("#results .said").allTextContents();
  check(saidVia.length > 0 && saidVia.every((text) => text.includes("via interview")), `the ${saidVia.length} quotes found say via interview`);

  // 4. Article text is text: a quote containing <script> does not run.
  await page.goto(`${base}/#/?q=${encodeURIComponent("probe")}`);
  await resultsOf({ q: "probe" });
  const probe = await page.locator("#results .quote-link").first().textContent();
  check(probe.includes("<script>"), "a quote containing <script> shows as text in results");
  await page.locator("#results .quote-link").first().click();
  await page.waitForSelector("#doc-text mark.quote.current");
  check(await page.evaluate(() => window.__xss === undefined), "the <script> in a quote never ran");
  check(await page.locator("#doc-text script").count() === 0, "no script element in the article view");

  // 5. Paste the seed article and see Keir Starmer credited.
  const seed = readFileSync(seedPath, "utf8");
  await page.goto(`${base}/#/paste`);
  await page.fill("#paste-text", seed);
  await page.click("#paste-run");
  await page.waitForSelector("#paste-quotes li");
  const wanted = page.locator("#paste-quotes li", { hasText: "It’s important that we put Ukraine" });
  check(await wanted.count() > 0, "the pasted seed article yields “It’s important that we put Ukraine…”");
  check((await wanted.first().locator(".speaker").textContent()) === "Keir Starmer", "credited to Keir Starmer");
  await page.screenshot({ path: `${shots}/4-paste.png`, fullPage: true });

  // 6. Phone width: no horizontal scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/#/?speaker=${encodeURIComponent("Keir Starmer")}`);
  await resultsOf({ speaker: "Keir Starmer" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `no horizontal overflow at phone width (${overflow}px)`);
  await page.screenshot({ path: `${shots}/5-search-phone.png`, fullPage: true });
  await page.locator("#results .quote-link").first().click();
  await page.waitForSelector("#doc-text mark.quote.current");
  await page.screenshot({ path: `${shots}/6-article-phone.png` });

  check(errors.length === 0, `no script errors in the page${errors.length ? ": " + errors.join("; ") : ""}`);
} catch (error) {
  failed = true;
  console.error(error.message || error);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
