// readout's web page: the JSON API in, the DOM out.
// Hash routes: #/ (search, with filters in the query string), #/doc/ID?quote=QID,
// #/speaker/NAME, #/paste. Every piece of text from an article or a user goes
// into the page through textContent or attribute setters, never innerHTML.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error : `HTTP ${response.status}`;
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
}

function outlet(source) {
  try {
    const url = new URL(source);
    if (url.hostname) return url.hostname.replace(/^www\./, "");
  } catch (_) { /* a path, not a URL */ }
  const parts = String(source).split("/");
  return parts[parts.length - 1] || source;
}

// A quote element; texts that carry their own quotation marks get no more.
function quoteNode(text) {
  return el("q", { class: /^\s*["“‘'«„]/.test(text) ? "bare" : null }, text);
}

const speakerHref = (name) => `#/speaker/${encodeURIComponent(name)}`;
const docHref = (id, quoteId) => `#/doc/${encodeURIComponent(id)}` + (quoteId ? `?quote=${encodeURIComponent(quoteId)}` : "");

// ---- routing ---------------------------------------------------------------

function parseHash() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

function show(view) {
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

// Each navigation's number. A page renders what its API call returned only
// while it is still the latest navigation: answers can arrive out of order,
// and a slow answer to the first page load must not overwrite a search made
// after it.
let navigation = 0;
const superseded = (serial) => serial !== navigation;

async function route() {
  const serial = ++navigation;
  const { parts, params } = parseHash();
  const [first, second] = parts;
  try {
    if (first === "doc" && second) { show("doc"); await showDocument(second, params.get("quote"), serial); }
    else if (first === "speaker" && second) { show("speaker"); await showSpeaker(second, serial); }
    else if (first === "paste") { show("paste"); document.title = "Paste an article · readout"; }
    else { show("search"); await runSearch(params, serial); }
  } catch (error) {
    if (superseded(serial)) return;
    const status = first === "doc" ? $("doc-meta") : first === "speaker" ? $("speaker-aliases") : $("search-status");
    status.textContent = `Could not load: ${error.message}`;
  }
}

// ---- search ----------------------------------------------------------------

const FILTERS = ["q", "speaker", "to", "since", "until", "kind", "channel", "source"];

function searchParamsFromForm(page) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = $(`f-${name}`).value.trim();
    if (value) params.set(name, value);
  }
  if (page && page > 1) params.set("page", String(page));
  return params;
}

// A channel kind for reading: "press_conference" → "press conference".
const channelWords = (kind) => String(kind).replace(/_/g, " ");

// "to whom · when · via · where" for a quote, from what the record says:
// {to, toHref, when, channel, channelName, place}; null when it says none.
function circumstancesNode(said) {
  const parts = [];
  if (said.to) parts.push(["to", said.toHref ? el("a", { href: said.toHref }, said.to) : said.to]);
  if (said.when) parts.push(["when", said.when]);
  if (said.channel) parts.push(["via", `via ${channelWords(said.channel)}${said.channelName ? ` (${said.channelName})` : ""}`]);
  if (said.place) parts.push(["where", `in ${said.place}`]);
  if (!parts.length) return null;
  const node = el("span", { class: "circumstances" });
  parts.forEach(([name, value], index) => {
    if (index) node.append(" · ");
    node.append(name === "to" ? el("span", { class: "to" }, "to ", value) : el("span", { class: name }, value));
  });
  return node;
}

function quoteItem(row, compact) {
  const speaker = row.speaker || row.speaker_mention || "unknown speaker";
  const who = row.speaker_entity_id !== null && row.speaker
    ? el("a", { href: speakerHref(row.speaker), class: "speaker" }, speaker)
    : el("span", { class: "speaker" }, speaker);
  const meta = el("p", { class: "meta" }, who, " · ", row.date || "undated", " · ", outlet(row.source));
  if (!compact && row.kind !== "direct") meta.append(" · ", el("span", { class: "tag" }, row.kind));
  const said = circumstancesNode({
    to: row.addressee, toHref: row.addressee_entity_id !== null && row.addressee ? speakerHref(row.addressee) : null,
    when: row.said_date, channel: row.channel, channelName: row.channel_name, place: row.place,
  });
  const quote = el("a", { href: docHref(row.document_id, row.quote_id), class: "quote-link" },
    quoteNode(row.text));
  return el("li", { class: "result" }, el("blockquote", {}, quote), meta, said ? el("p", { class: "meta said" }, said) : null);
}

async function runSearch(params, serial) {
  for (const name of FILTERS) $(`f-${name}`).value = params.get(name) || "";
  document.title = "readout — who said what";
  const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  const status = $("search-status");
  const results = $("results");
  status.textContent = "Searching…";
  const query = new URLSearchParams(params);
  query.set("per_page", "20");
  const started = performance.now();
  const data = await api(`/api/quotes?${query}`);
  if (superseded(serial)) return;
  results.replaceChildren(...data.results.map((row) => quoteItem(row, false)));
  // Which search these results answer (its filters and page, as in the
  // address), for scripts and tests that wait for one search's results.
  results.dataset.search = String(params);
  results.start = (page - 1) * data.per_page + 1;
  const ms = Math.round(performance.now() - started);
  if (data.results.length === 0) status.textContent = page > 1 ? "No more quotes." : "No quotes match.";
  else {
    const first = (page - 1) * data.per_page + 1;
    status.textContent = `Quotes ${first}–${first + data.results.length - 1}${data.has_more ? "" : " (all)"} · ${ms} ms`;
  }
  const prev = $("prev-page"), next = $("next-page");
  prev.hidden = page <= 1;
  next.hidden = !data.has_more;
  prev.onclick = () => { location.hash = `#/?${searchParamsFromForm(page - 1)}`; };
  next.onclick = () => { location.hash = `#/?${searchParamsFromForm(page + 1)}`; };
}

// ---- marked-up article text ----------------------------------------------

// Renders `text` into `container` paragraph by paragraph; `quotes` are
// {id, spans, speaker} in code points; `boilerplate` spans are dimmed.
function renderMarkedText(container, text, quotes, boilerplate, currentId) {
  const chars = Array.from(text);
  const quoteAt = new Array(chars.length).fill(-1);
  const plate = new Uint8Array(chars.length);
  for (const span of boilerplate || []) for (let i = span.start; i < Math.min(span.end, chars.length); i++) plate[i] = 1;
  quotes.forEach((quote, index) => {
    for (const span of quote.spans) for (let i = span.start; i < Math.min(span.end, chars.length); i++) quoteAt[i] = index;
  });
  const paragraphs = [];
  let paragraph = el("p");
  let run = "", runKey = null;
  const flush = () => {
    if (!run) return;
    const [q, b] = runKey;
    let node;
    if (q >= 0) {
      const quote = quotes[q];
      node = el("mark", { class: quote.id === currentId ? "quote current" : "quote", "data-quote": quote.id,
        title: quote.speaker ? `${quote.speaker}` : null }, run);
    } else if (b) node = el("span", { class: "boilerplate", title: "boilerplate" }, run);
    else node = document.createTextNode(run);
    paragraph.append(node);
    run = "";
  };
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "\n") {
      flush();
      let j = i;
      while (j < chars.length && chars[j] === "\n") j++;
      if (j - i > 1 || paragraph.childNodes.length > 0) {
        if (paragraph.childNodes.length) paragraphs.push(paragraph);
        paragraph = el("p");
      }
      i = j - 1;
      runKey = null;
      continue;
    }
    const key = [quoteAt[i], plate[i]];
    if (!runKey || key[0] !== runKey[0] || key[1] !== runKey[1]) { flush(); runKey = key; }
    run += chars[i];
  }
  flush();
  if (paragraph.childNodes.length) paragraphs.push(paragraph);
  container.replaceChildren(...paragraphs);
}

// A speaker or addressee's name: its entity's, else as the record names or writes it.
function whoName(who, names) {
  if (!who) return null;
  return (who.entity && names.get(who.entity)) || who.name || (who.mention && who.mention.text) || null;
}

function recordQuotes(record) {
  const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));
  return record.quotes.map((quote) => ({
    id: quote.id,
    kind: quote.kind,
    text: quote.text,
    spans: quote.content,
    speaker: whoName(quote.speaker, names),
    cue: quote.cue ? quote.cue.text : null,
    // Fields of records written before they existed are missing, not null.
    said: {
      to: whoName(quote.addressee, names),
      when: quote.date || null,
      channel: quote.channel ? quote.channel.kind : null,
      channelName: quote.channel ? quote.channel.name : null,
      place: (quote.place && names.get(quote.place)) || null,
    },
  }));
}

function quoteListItem(quote, link) {
  const text = quoteNode(quote.text);
  const said = circumstancesNode(quote.said);
  return el("li", { "data-quote": quote.id },
    el("span", { class: "speaker" }, quote.speaker || "unknown speaker"),
    quote.cue ? el("span", { class: "cue" }, ` ${quote.cue}: `) : ": ",
    link ? el("a", { href: link }, text) : text,
    quote.kind !== "direct" ? el("span", { class: "tag" }, quote.kind) : null,
    said ? el("small", { class: "said" }, " ", said) : null);
}

function entityChips(list, entities, linkPeople) {
  list.replaceChildren(...entities.map((entity) => el("li", { class: `chip ${entity.kind}` },
    linkPeople && entity.kind === "person" ? el("a", { href: speakerHref(entity.name) }, entity.name) : entity.name,
    el("small", {}, ` ${entity.mentions.length}×`))));
}

async function showDocument(id, quoteId, serial) {
  $("doc-title").textContent = "Loading…";
  $("doc-meta").textContent = "";
  const view = await api(`/api/documents/${encodeURIComponent(id)}`);
  if (superseded(serial)) return;
  const record = view.record;
  $("doc-title").textContent = record.title || outlet(record.source);
  document.title = `${record.title || record.id} · readout`;
  const source = /^https?:\/\//.test(record.source) ? el("a", { href: record.source, rel: "noopener noreferrer" }, outlet(record.source)) : record.source;
  $("doc-meta").replaceChildren(record.date || "undated", " · ", source, ` · ${record.quotes.length} quotes`);
  const quotes = recordQuotes(record);
  renderMarkedText($("doc-text"), record.text, quotes, record.boilerplate, quoteId);
  $("doc-quotes").replaceChildren(...quotes.map((quote) => {
    const item = quoteListItem(quote, docHref(record.id, quote.id));
    if (quote.id === quoteId) item.classList.add("current");
    return item;
  }));
  entityChips($("doc-entities"), record.entities.filter((entity) => entity.kind !== "place"), true);
  const current = quoteId && document.querySelector(`#doc-text mark[data-quote="${CSS.escape(quoteId)}"]`);
  if (current) {
    current.closest("p").classList.add("has-current");
    current.setAttribute("tabindex", "-1");
    current.scrollIntoView({ block: "center" });
    current.focus({ preventScroll: true });
  } else window.scrollTo(0, 0);
}

// ---- speaker ---------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function weekChart(weeks) {
  const figure = $("speaker-chart");
  if (!weeks.length) { figure.replaceChildren(el("p", { class: "status" }, "No dated quotes.")); return; }
  const day = 86400000;
  const first = Date.parse(weeks[0].week), last = Date.parse(weeks[weeks.length - 1].week);
  // At least twelve weeks on the axis (ending at the last week), so a short
  // record does not draw one bar across the whole chart.
  const span = Math.max(12, Math.round((last - first) / (7 * day)) + 1);
  const start = last - (span - 1) * 7 * day;
  const width = 720, height = 160, left = 34, bottom = 22, top = 8;
  const plotW = width - left - 6, plotH = height - top - bottom;
  const max = Math.max(...weeks.map((w) => w.quotes));
  const barW = Math.min(28, Math.max(1.5, plotW / span - (span < 60 ? 2 : 0)));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "bars",
    "aria-label": `Quotes per week from ${weeks[0].week} to ${weeks[weeks.length - 1].week}, at most ${max} in a week` });
  chart.append(svg("line", { x1: left, y1: top + plotH, x2: width - 6, y2: top + plotH, class: "axis" }));
  chart.append(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "label" }, String(max)));
  chart.append(svg("text", { x: left - 4, y: top + plotH, "text-anchor": "end", class: "label" }, "0"));
  for (const week of weeks) {
    const index = Math.round((Date.parse(week.week) - start) / (7 * day));
    const h = Math.max(1, (week.quotes / max) * plotH);
    const bar = svg("rect", { x: left + (index * plotW) / span, y: top + plotH - h, width: barW, height: h, class: "bar" });
    bar.append(svg("title", {}, `week of ${week.week}: ${week.quotes} quote${week.quotes === 1 ? "" : "s"}`));
    chart.append(bar);
  }
  chart.append(svg("text", { x: left, y: height - 6, class: "label" }, new Date(start).toISOString().slice(0, 10)));
  chart.append(svg("text", { x: width - 6, y: height - 6, "text-anchor": "end", class: "label" }, weeks[weeks.length - 1].week));
  figure.replaceChildren(chart);
}

async function showSpeaker(name, serial) {
  $("speaker-name").textContent = name;
  $("speaker-aliases").textContent = "Loading…";
  document.title = `${name} · readout`;
  const data = await api(`/api/speakers/${encodeURIComponent(name)}`);
  if (superseded(serial)) return;
  const main = data.entities.slice().sort((a, b) => b.quotes - a.quotes)[0];
  $("speaker-name").textContent = main ? main.name : data.name;
  const aliases = [...new Set(data.entities.flatMap((entity) => entity.aliases))];
  $("speaker-aliases").textContent = aliases.length ? `Also written as: ${aliases.join(" · ")}` : "";
  const counts = [["Quotes", data.quotes], ["Articles", data.documents], ["Events", data.events],
    ["First quoted", data.first_seen || "—"], ["Last quoted", data.last_seen || "—"]];
  $("speaker-counts").replaceChildren(...counts.map(([label, value]) => el("div", {}, el("dt", {}, label), el("dd", {}, value))));
  weekChart(data.weeks);
  $("speaker-quotes").replaceChildren(...data.recent_quotes.map((row) => quoteItem(row, true)));
  $("speaker-all").href = `#/?${new URLSearchParams({ speaker: main ? main.name : data.name })}`;
  const partners = data.interactions;
  $("speaker-interactions").replaceChildren(...(partners.length ? partners.map((p) =>
    el("li", { class: "chip" }, el("a", { href: speakerHref(p.name) }, p.name), el("small", {}, ` ${p.events}×`)))
    : [el("li", { class: "status" }, "No reported calls, meetings or visits.")]));
  // The speaker's own names, so that an event lists only the others in it.
  const own = new Set(data.entities.flatMap((entity) => [entity.name, ...entity.aliases]));
  const events = data.recent_events || [];
  $("speaker-events").replaceChildren(...(events.length ? events.map((event) => eventItem(event, own))
    : [el("li", { class: "status" }, "No reported calls, meetings or visits.")]));
}

// One event on a speaker's page: kind, the others in it, date, place, article.
function eventItem(event, own) {
  const others = event.participants.filter((name) => !own.has(name));
  const item = el("li", { class: "event" }, el("span", { class: "tag" }, event.kind), " ");
  if (others.length) others.forEach((name, index) => {
    if (index) item.append(", ");
    item.append(el("a", { href: speakerHref(name), class: "participant" }, name));
  });
  else item.append(el("span", { class: "status" }, "no one else named"));
  item.append(el("span", { class: "meta" }, " · ", el("span", { class: "when" }, event.date || "undated"),
    event.place ? el("span", { class: "where" }, ` · in ${event.place}`) : null,
    " · ", el("a", { href: docHref(event.document_id) }, `“${event.cue}”`)));
  return item;
}

// ---- paste -----------------------------------------------------------------

async function runPaste(event) {
  event.preventDefault();
  const text = $("paste-text").value;
  const status = $("paste-status");
  if (!text.trim()) { status.textContent = "Paste some text first."; return; }
  const body = { text };
  if ($("paste-date").value) body.date = $("paste-date").value;
  status.textContent = "Reading…";
  $("paste-run").disabled = true;
  try {
    const started = performance.now();
    const record = await api("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const quotes = recordQuotes(record);
    status.textContent = `${quotes.length} quote${quotes.length === 1 ? "" : "s"}, ${record.entities.length} names, ${record.events.length} events · ${Math.round(performance.now() - started)} ms`;
    $("paste-quotes").replaceChildren(...quotes.map((quote) => quoteListItem(quote, null)));
    entityChips($("paste-entities"), record.entities, false);
    const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));
    $("paste-events").replaceChildren(...record.events.map((ev) => el("li", {},
      el("span", { class: "tag" }, ev.kind), ` ${ev.cue.text}: `, ev.participants.map((p) => names.get(p) || p).join(", "),
      ev.date ? ` (${ev.date})` : "", ev.place && names.get(ev.place) ? ` in ${names.get(ev.place)}` : "")));
    if (!record.events.length) $("paste-events").append(el("li", { class: "status" }, "None found."));
    renderMarkedText($("paste-article"), record.text, quotes, record.boilerplate, null);
    $("paste-result").hidden = false;
  } catch (error) {
    status.textContent = `Could not read the text: ${error.message}`;
  } finally {
    $("paste-run").disabled = false;
  }
}

// ---- wiring ----------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const next = `#/?${searchParamsFromForm(1)}`;
    if (location.hash === next) route(); else location.hash = next;
  });
  $("f-kind").addEventListener("change", () => $("search-form").requestSubmit());
  $("f-channel").addEventListener("change", () => $("search-form").requestSubmit());
  $("paste-form").addEventListener("submit", runPaste);
  $("paste-text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("paste-form").requestSubmit();
  });
  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === "/" && !typing) {
      event.preventDefault();
      if ($("view-search").hidden) location.hash = "#/";
      $("f-q").focus();
    }
  });
  window.addEventListener("hashchange", route);
  route();
});
