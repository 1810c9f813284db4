/* gonghui-kg: the tables beside the graph — 任职 (posts), 活动 (events), 文章 (articles).
 *
 * What union staff look for is mostly a list, not a network: who holds which office
 * where, what happened when, what was reported by whom. The rows come ready-made from
 * kg/view/tables.py (JSON in #kg-tables); this script draws them on tabs beside the
 * graph, sortable by any column (a button in each header, so the keyboard works),
 * filtered live by the page's search box, and a row (or a name in it) selects its node
 * in the graph by dispatching "kg-select", which view.js answers. A chart of articles
 * and events per month is drawn as inline SVG with DOM methods.
 *
 * Large graphs: nothing is drawn until a tab is opened, and then only a page of rows
 * (PAGE) at a time, with a button for more; sorting and filtering work on the arrays.
 *
 * Safety rule, as in view.js: every string from the news reaches the screen only as a
 * text node (textContent, append of a string), never as markup.
 */
(function () {
  "use strict";

  const source = document.getElementById("kg-tables");
  if (!source) return;
  const D = JSON.parse(source.textContent);
  const T = D.text;
  const PAGE = 200;
  const SVG = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);
  const fmt = (template, values) =>
    template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  const norm = (s) => String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const collator = new Intl.Collator("zh-CN", { numeric: true });

  /** A DOM element; props are set as properties, children appended (strings become text nodes). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "on") for (const [ev, f] of Object.entries(v)) node.addEventListener(ev, f);
      else if (k === "data") Object.assign(node.dataset, v);
      else node[k] = v;
    }
    for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false && c !== "") node.append(c);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children) node.append(c);
    return node;
  }

  // ---------------------------------------------------------------- selecting in the graph
  const selectNode = (id) => document.dispatchEvent(new CustomEvent("kg-select", { detail: id }));

  /** A name that selects its node: a button, so Tab and Enter reach it. */
  function nodeButton(ref, text) {
    return el("button", {
      type: "button", className: "node", title: T.show_in_graph,
      on: { click: (ev) => { ev.stopPropagation(); selectNode(ref[0]); } },
    }, text || ref[1]);
  }

  const nodeList = (refs) => refs.map((r, k) => [k ? "、" : "", nodeButton(r)]);
  const headlineOf = (ref) => ref[1] || T.untitled + ref[0].replace(/^article:/, "");
  const dateCell = (iso, shown) => (iso ? el("time", { dateTime: iso }, shown || iso) : el("span", { className: "none" }, T.no_date));

  function evidenceCell(ev) {
    if (!ev.length) return "";
    const [article, headline, sentence] = ev;
    return [
      el("span", { className: "sent", title: sentence }, sentence),
      el("button", {
        type: "button", className: "node from", title: T.evidence_article,
        on: { click: (e) => { e.stopPropagation(); selectNode(article); } },
      }, "《" + headlineOf([article, headline]) + "》"),
    ];
  }

  const names = (refs) => refs.map((r) => r[1]).join("、");
  // dates sort as text (ISO), those without a year (--04-01) after those with one
  const dateKey = (iso) => (iso.startsWith("--") ? "~" + iso : iso);

  // ---------------------------------------------------------------- the tables
  // Each column: its key (heading in tables.json), its sort value and its cell.
  const SPECS = {
    posts: {
      rows: D.posts,
      node: (r) => r[0][0],
      columns: [
        { key: "person", value: (r) => r[0][1], cell: (r) => nodeButton(r[0]) },
        { key: "body", value: (r) => r[1][1], cell: (r) => nodeButton(r[1]) },
        { key: "role", value: (r) => r[2], cell: (r) => r[2] },
        { key: "evidence", value: (r) => (r[3].length ? headlineOf([r[3][0], r[3][1]]) : ""), cell: (r) => evidenceCell(r[3]) },
      ],
      text: (r) => [r[0][1], r[1][1], r[2], r[3][1] || "", r[3][2] || ""],
    },
    events: {
      rows: D.events,
      node: (r) => r[0][0],
      columns: [
        { key: "date", value: (r) => dateKey(r[1]), raw: true, cell: (r) => dateCell(r[1], r[2]) },
        { key: "event", value: (r) => r[0][1], cell: (r) => nodeButton(r[0]) },
        { key: "organizers", value: (r) => names(r[3]), cell: (r) => nodeList(r[3]) },
        { key: "places", value: (r) => names(r[4]), cell: (r) => nodeList(r[4]) },
        { key: "count", value: (r) => r[5], cell: (r) => (r[5] === null ? "" : String(r[5])), numeric: true },
        {
          key: "articles", value: (r) => r[6].map(headlineOf).join("、"),
          cell: (r) => r[6].map((a, k) => [k ? " " : "", nodeButton(a, "《" + headlineOf(a) + "》")]),
        },
      ],
      text: (r) => [r[0][1], r[1], r[2], names(r[3]), names(r[4]), r[6].map(headlineOf).join(" ")],
    },
    articles: {
      rows: D.articles,
      node: (r) => r[0][0],
      columns: [
        { key: "date", value: (r) => dateKey(r[1]), raw: true, cell: (r) => dateCell(r[1], r[2]) },
        { key: "headline", value: (r) => headlineOf(r[0]), cell: (r) => nodeButton(r[0], headlineOf(r[0])) },
        { key: "outlet", value: (r) => r[3], cell: (r) => r[3] },
        {
          key: "credits", value: (r) => names(r[4]),
          cell: (r) => r[4].map((c, k) => [k ? "、" : "", nodeButton(c), el("span", { className: "credit" }, T.credits[c[2]] || c[2])]),
        },
      ],
      text: (r) => [headlineOf(r[0]), r[1], r[2], r[3], names(r[4])],
    },
  };

  const TABS = ["graph", "posts", "events", "articles"];
  const state = {}; // per table: {order, dir, col, query, shown, keys, texts, built}
  let query = "";
  let active = "graph";

  /** Compare two sort values: numbers as numbers, text in Chinese order; empty values last either way. */
  function compare(a, b, dir, raw) {
    const ea = a === null || a === undefined || a === "";
    const eb = b === null || b === undefined || b === "";
    if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
    let c;
    if (typeof a === "number" && typeof b === "number") c = a - b;
    else if (raw) c = a < b ? -1 : a > b ? 1 : 0;
    else c = collator.compare(String(a), String(b));
    return dir * c;
  }

  function matching(name) {
    const s = state[name];
    const spec = SPECS[name];
    if (!s.texts) s.texts = spec.rows.map((r) => norm(spec.text(r).join("\u0001")));
    return s.order.filter((i) => !query || s.texts[i].includes(query));
  }

  function sortBy(name, col) {
    const s = state[name];
    const spec = SPECS[name];
    s.dir = s.col === col ? -s.dir : 1;
    s.col = col;
    const { value, raw } = spec.columns[col];
    const keys = spec.rows.map(value);
    s.order = spec.rows.map((_, i) => i).sort((i, j) => compare(keys[i], keys[j], s.dir, raw) || i - j);
    s.head.querySelectorAll("th").forEach((th, k) =>
      th.setAttribute("aria-sort", k === col ? (s.dir > 0 ? "ascending" : "descending") : "none"));
    render(name);
  }

  function rowOf(name, i) {
    const spec = SPECS[name];
    const r = spec.rows[i];
    const tr = el("tr", { data: { node: spec.node(r) }, on: { click: () => selectNode(spec.node(r)) } });
    spec.columns.forEach((c) => tr.append(el("td", { data: { col: c.key }, className: c.numeric ? "num" : "" }, c.cell(r))));
    return tr;
  }

  function render(name) {
    const s = state[name];
    const spec = SPECS[name];
    const rows = matching(name);
    s.current = rows;
    s.shown = Math.min(PAGE, rows.length);
    s.body.replaceChildren(...rows.slice(0, s.shown).map((i) => rowOf(name, i)));
    if (!rows.length) {
      s.body.append(el("tr", { className: "empty" }, el("td", { colSpan: spec.columns.length }, T.empty)));
    }
    s.query = query;
    footer(name);
  }

  function footer(name) {
    const s = state[name];
    const total = SPECS[name].rows.length;
    const n = s.current.length;
    s.count.textContent = query ? fmt(T.rows_filtered, { n, total, q: $("q") ? $("q").value.trim() : query }) : fmt(T.rows, { n });
    const left = n - s.shown;
    s.more.hidden = left <= 0;
    s.more.textContent = fmt(T.more, { n: Math.min(PAGE, left), left });
  }

  function more(name) {
    const s = state[name];
    const next = s.current.slice(s.shown, s.shown + PAGE);
    s.body.append(...next.map((i) => rowOf(name, i)));
    s.shown += next.length;
    footer(name);
  }

  /** The table of ``name``, made the first time its tab opens. */
  function build(name) {
    const section = $("tables-" + name);
    const spec = SPECS[name];
    const cols = T[name].columns;
    const s = (state[name] = { col: -1, dir: 1, order: spec.rows.map((_, i) => i) });
    s.head = el("tr", {}, spec.columns.map((c, k) =>
      el("th", { scope: "col", data: { col: c.key }, className: c.numeric ? "num" : "" },
        el("button", { type: "button", title: T.sort_hint, on: { click: () => sortBy(name, k) } }, cols[c.key]))));
    s.head.querySelectorAll("th").forEach((th) => th.setAttribute("aria-sort", "none"));
    s.body = el("tbody");
    s.count = el("span", { className: "count", role: "status" });
    s.more = el("button", { type: "button", className: "more", on: { click: () => more(name) } });
    const parts = [el("div", { className: "caption" }, el("h2", {}, T[name].caption), s.count)];
    if (name === "events" || name === "articles") parts.push(chart());
    parts.push(el("table", { className: "rows" }, el("thead", {}, s.head), s.body), s.more);
    section.replaceChildren(...parts);
    render(name);
  }

  // ---------------------------------------------------------------- the chart
  /** Bars of articles and events per month, in SVG made with DOM methods (no library). */
  function chart() {
    const months = D.months;
    const box = el("figure", { className: "chart" });
    const title = el("figcaption", {}, T.chart_title,
      el("span", { className: "key a" }, T.chart_articles), el("span", { className: "key e" }, T.chart_events));
    box.append(title);
    if (!months.length) {
      box.append(el("p", { className: "none" }, T.chart_none));
      return box;
    }
    const step = 34;
    const bar = 12;
    const height = 120;
    const top = 14;
    const left = 30;
    const width = left + months.length * step + 10;
    const most = Math.max(1, ...months.map((m) => Math.max(m[1], m[2])));
    const y = (n) => top + height - (height * n) / most;
    const root = svg("svg", {
      width, height: top + height + 34, viewBox: `0 0 ${width} ${top + height + 34}`,
      role: "img", "aria-label": T.chart_title,
    });
    root.append(
      svg("line", { x1: left, x2: width - 4, y1: top + height, y2: top + height, class: "axis" }),
      svg("text", { x: left - 4, y: top + 4, class: "tick", "text-anchor": "end" }, String(most)),
      svg("text", { x: left - 4, y: top + height, class: "tick", "text-anchor": "end" }, "0"));
    const every = Math.ceil(months.length / 24);
    months.forEach(([month, articles, events], k) => {
      const x = left + k * step + 4;
      const g = svg("g", { class: "month", "data-month": month });
      for (const [n, cls, what, dx] of [[articles, "a", T.chart_articles, 0], [events, "e", T.chart_events, bar + 1]]) {
        const rect = svg("rect", { x: x + dx, y: y(n), width: bar, height: top + height - y(n), class: "bar " + cls, "data-n": n });
        rect.append(svg("title", {}, fmt(T.chart_bar, { month, what, n })));
        g.append(rect);
      }
      if (k % every === 0) {
        const [yy, mm] = month.split("-");
        g.append(svg("text", { x: x + bar, y: top + height + 14, class: "tick", "text-anchor": "middle" }, mm),
          k === 0 || mm === "01" ? svg("text", { x: x + bar, y: top + height + 28, class: "tick", "text-anchor": "middle" }, yy) : "");
      }
      root.append(g);
    });
    box.append(el("div", { className: "scroll" }, root));
    return box;
  }

  // ---------------------------------------------------------------- tabs
  function show(name) {
    if (!TABS.includes(name)) return;
    active = name;
    document.body.dataset.tab = name;
    for (const t of TABS) {
      const tab = $("tab-" + t);
      tab.setAttribute("aria-selected", String(t === name));
      tab.tabIndex = t === name ? 0 : -1;
      if (t !== "graph") $("tables-" + t).hidden = t !== name;
    }
    $("tables").hidden = name === "graph";
    // the graph and its panel stay laid out under the tables, out of reach of Tab
    for (const child of $("main").children) if (child.id !== "tables") child.inert = name !== "graph";
    if (name === "graph") return;
    readQuery();
    if (!state[name]) build(name);
    else if (state[name].query !== query) render(name);
  }

  function readQuery() {
    const q = $("q");
    query = q ? norm(q.value) : "";
  }

  function initTabs() {
    const bar = $("tabs");
    bar.setAttribute("aria-label", T.tabs_label);
    for (const t of TABS) {
      const tab = $("tab-" + t);
      tab.textContent = T.tabs[t];
      tab.addEventListener("click", () => show(t));
    }
    bar.addEventListener("keydown", (ev) => {
      const k = TABS.indexOf(active);
      const to = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: TABS.length - 1 }[ev.key];
      if (to === undefined) return;
      ev.preventDefault();
      const next = TABS[(to + TABS.length) % TABS.length];
      show(next);
      $("tab-" + next).focus();
    });
  }

  // ---------------------------------------------------------------- the search box filters the tables
  function initSearch() {
    const q = $("q");
    if (!q) return;
    const refilter = () => {
      readQuery();
      if (active !== "graph" && state[active]) render(active);
    };
    q.addEventListener("input", refilter);
    // 重置 empties the box without an input event (view.js); the open table follows it
    const reset = $("reset");
    if (reset) reset.addEventListener("click", refilter);
    // On a table tab the search box filters; its keys must not pick a node in the hidden graph.
    document.addEventListener("keydown", (ev) => {
      if (ev.target !== q || active === "graph") return;
      if (ev.key === "Enter") {
        const first = $("tables-" + active).querySelector("tbody button");
        if (first) first.focus();
      } else if (ev.key === "Escape") {
        q.value = "";
        readQuery();
        render(active);
      } else if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
      ev.preventDefault();
      ev.stopPropagation();
    }, true);
  }

  initTabs();
  initSearch();
  document.body.dataset.tab = "graph";
  window.kgTables = {
    show,
    active: () => active,
    rows: (name) => (state[name] ? state[name].current.length : null),
  };
})();
