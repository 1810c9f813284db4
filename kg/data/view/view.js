/* gonghui-kg graph view.
 *
 * Draws the graph with vis-network and adds what makes it usable: search by any part
 * of a name or alias, a filter by class, a click that highlights a neighbourhood and
 * opens a panel with the evidence sentences, hover tooltips, and a reset.
 *
 * Safety rule: every string that comes from the news (names, aliases, sentences,
 * headlines, addresses) reaches the screen only as a text node (textContent, append of
 * a string), never as markup; so a name like "<img onerror=...>" is shown, not run.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const T = DATA.text;
  const F = DATA.fields;
  const $ = (id) => document.getElementById(id);
  const api = (window.kgView = { ready: false, layoutMs: null, error: null });

  const fmt = (template, values) =>
    template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));

  /** A DOM element; props are set as properties, children appended (strings become text nodes). */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "style") Object.assign(node.style, v);
      else if (k === "on") for (const [ev, f] of Object.entries(v)) node.addEventListener(ev, f);
      else node[k] = v;
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }

  // ---------------------------------------------------------------- the data
  const info = DATA.info;
  const classes = new Map(DATA.classes.map((c) => [c.cls, c]));
  const clsOf = (id) => (info[id] && classes.has(info[id].cls) ? info[id].cls : "");
  const style = (id) => classes.get(clsOf(id)) || DATA.classes[DATA.classes.length - 1];
  const nameOf = (id) => (info[id] ? info[id].name : String(id));
  const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(DATA.edges.map((e) => [e.id, e]));
  const incident = new Map(DATA.nodes.map((n) => [n.id, []]));
  for (const e of DATA.edges) {
    incident.get(e.from).push(e.id);
    if (e.to !== e.from) incident.get(e.to).push(e.id);
  }
  const sectionOrder = new Map(DATA.sections.map((s, i) => [s[0], i]));
  const collator = new Intl.Collator("zh-CN");

  // ---------------------------------------------------------------- the network
  const nodes = new vis.DataSet(DATA.nodes);
  const edges = new vis.DataSet(DATA.edges);
  const container = $("graph");
  // a selected edge stays at least about 2.5 px wide on screen, however far out the view is zoomed
  DATA.options.edges = DATA.options.edges || {};
  DATA.options.edges.selectionWidth = (width) => width + 1.5 / Math.max(network.getScale(), 0.05);
  const network = new vis.Network(container, {}, DATA.options);
  Object.assign(api, { network, nodes, edges });

  // vis-network's redraw() draws at once; asking for the next frame lets several changes share one draw
  const requestRedraw = () =>
    network.body && network.body.emitter ? network.body.emitter.emit("_requestRedraw") : network.redraw();
  // on a large graph every frame is a full draw of thousands of edges: no animations there
  const animate = (duration) => (DATA.large ? false : { duration, easingFunction: "easeInOutQuad" });

  const busy = $("busy");
  const started = performance.now();
  let settling = true;
  function settled() {
    if (!settling) return;
    settling = false;
    // Lay out once, then hold still: the page stays responsive, and dragging moves one node.
    network.setOptions({ physics: { enabled: false } });
    busy.hidden = true;
    api.layoutMs = Math.round(performance.now() - started);
    network.once("afterDrawing", () => {
      api.readyMs = Math.round(performance.now() - started);
      api.ready = true;
      document.body.dataset.ready = "1";
    });
    requestRedraw();
  }
  network.on("stabilizationProgress", (p) => {
    const pct = Math.round((100 * p.iterations) / Math.max(1, p.total));
    $("busy-text").textContent = fmt(T.layout, { p: pct });
    busy.querySelector("#busy-bar span").style.width = pct + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  $("busy-text").textContent = fmt(T.layout, { p: 0 });
  network.setData({ nodes, edges });
  const physics = DATA.options.physics || {};
  if (physics.enabled === false || (physics.stabilization || {}).enabled === false || !DATA.nodes.length) {
    settled();
  }

  // ---------------------------------------------------------------- visibility (filter)
  // A class filter hides nodes (vis-network then hides their edges too); the "mentions"
  // switch hides those edges themselves. Only items whose state changes are updated,
  // because every DataSet update costs vis-network real work on a large graph.
  const classOn = new Map(DATA.classes.map((c) => [c.cls, true]));
  let showMentions = !!DATA.includeMentions;
  const nodeHidden = new Map(DATA.nodes.map((n) => [n.id, !!n.hidden]));
  const edgeHidden = new Map(DATA.edges.map((e) => [e.id, !!e.hidden]));
  const nodeVisible = (id) => classOn.get(clsOf(id)) !== false;
  const edgeOwnHidden = (e) => e.pred === "mentions" && !showMentions;
  const edgeVisible = (e) => !edgeHidden.get(e.id) && !nodeHidden.get(e.from) && !nodeHidden.get(e.to);

  function applyVisibility() {
    const nu = [];
    const eu = [];
    for (const n of DATA.nodes) {
      const hidden = !nodeVisible(n.id);
      if (hidden !== nodeHidden.get(n.id)) {
        nodeHidden.set(n.id, hidden);
        nu.push({ id: n.id, hidden });
      }
    }
    for (const e of DATA.edges) {
      const hidden = edgeOwnHidden(e);
      if (hidden !== edgeHidden.get(e.id)) {
        edgeHidden.set(e.id, hidden);
        eu.push({ id: e.id, hidden });
      }
    }
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    if (focus && focus.node && nodeHidden.get(focus.node)) clearSelection();
    else if (focus && focus.edge && !edgeVisible(edgeById.get(focus.edge))) clearSelection();
    else if (focus) highlight(focus);
    updateCounts();
  }

  function updateCounts() {
    let n = 0;
    let e = 0;
    for (const h of nodeHidden.values()) if (!h) n++;
    for (const edge of DATA.edges) if (edgeVisible(edge)) e++;
    $("counts").textContent = fmt(T.shown, { n, total: DATA.nodes.length, e, etotal: DATA.edges.length });
  }

  function setClass(cls, on) {
    classOn.set(cls, on);
    const box = document.querySelector(`#legend input[data-cls="${CSS.escape(cls)}"]`);
    if (box) box.checked = on;
    applyVisibility();
  }

  // ---------------------------------------------------------------- highlight
  // The neighbourhood of the focus is drawn again over a veil that fades the rest of the
  // canvas: one redraw, whatever the size of the graph, instead of restyling thousands of
  // items. It uses vis-network 9's drawing of single items (body.nodes[id].draw); if
  // those are missing, the focus is still shown by vis-network's own selection.
  let focus = null; // {node: id} or {edge: id}
  let focusNodes = new Set();
  let focusEdges = new Set();
  const VEIL = "rgba(250, 250, 250, 0.85)";

  function highlight(target) {
    focus = target;
    focusNodes = new Set();
    focusEdges = new Set();
    if (target.node) {
      focusNodes.add(target.node);
      for (const eid of incident.get(target.node) || []) {
        const e = edgeById.get(eid);
        if (edgeVisible(e)) {
          focusEdges.add(eid);
          focusNodes.add(e.from).add(e.to);
        }
      }
      network.selectNodes([target.node], true);
    } else {
      const e = edgeById.get(target.edge);
      focusEdges.add(e.id);
      focusNodes.add(e.from).add(e.to);
      network.setSelection({ nodes: [], edges: [e.id] }, { unselectAll: true, highlightEdges: false });
    }
    document.body.dataset.focus = target.node || target.edge;
    requestRedraw();
  }

  function clearHighlight() {
    focus = null;
    focusNodes = new Set();
    focusEdges = new Set();
    delete document.body.dataset.focus;
    requestRedraw();
  }

  const FONT = ((DATA.options.nodes || {}).font || {}).face || "sans-serif";

  /** Text at a constant size on screen, with a white halo, for labels vis-network leaves out when zoomed out. */
  function label(ctx, text, x, y, px, colour, scale) {
    ctx.font = `${px / scale}px ${FONT}`;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.95)";
    ctx.lineJoin = "round";
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
  }

  network.on("afterDrawing", (ctx) => {
    const body = network.body;
    if (!focus || !body || !body.nodes || !body.edges) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    const scale = network.getScale();
    try {
      for (const eid of focusEdges) {
        const e = body.edges[eid];
        if (e && e.connected !== false && typeof e.draw === "function") {
          e.draw(ctx);
          if (10 * scale < 6 && e.from && e.to) {
            let mid = { x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2 };
            if (e.edgeType && typeof e.edgeType.getPoint === "function") mid = e.edgeType.getPoint(0.5);
            label(ctx, edgeById.get(eid).label, mid.x, mid.y - 6 / scale, 11, "#333", scale);
          }
        }
      }
      const labels = [];
      for (const id of focusNodes) {
        const n = body.nodes[id];
        if (n && !n.options.hidden && typeof n.draw === "function") {
          const drawn = n.draw(ctx);
          if (14 * scale < 6) {
            const r = n.options.size || 10;
            labels.push(() => label(ctx, nodeById.get(id).label, n.x, n.y + r + 4 / scale, 13, "#111", scale));
          } else if (drawn && typeof drawn.drawExternalLabel === "function") {
            labels.push(drawn.drawExternalLabel);
          }
        }
      }
      labels.forEach((draw) => draw());
    } catch (err) {
      // never let a drawing detail break the page; the selection still shows the focus
      api.error = String(err);
    }
  });

  // ---------------------------------------------------------------- relations of a node
  /** The node's relations grouped as the panel shows them: by relation and direction, then by the other end. */
  function relationGroups(id) {
    const groups = new Map();
    for (const eid of incident.get(id) || []) {
      const e = edgeById.get(eid);
      const out = e.from === id;
      const other = out ? e.to : e.from;
      const key = e.pred + (out ? ">" : "<");
      if (!groups.has(key)) {
        const sec = DATA.sections[sectionOrder.get(e.pred)];
        const heading = sec ? sec[out ? 1 : 2] : (DATA.edgeLabels[e.pred] || e.pred) + (out ? " →" : " ←");
        groups.set(key, { pred: e.pred, out, heading, items: new Map() });
      }
      const items = groups.get(key).items;
      if (!items.has(other)) items.set(other, { other, roles: [], eids: [] });
      const item = items.get(other);
      item.eids.push(eid);
      if (e.role && !item.roles.includes(e.role)) item.roles.push(e.role);
    }
    const order = (g) => (sectionOrder.has(g.pred) ? sectionOrder.get(g.pred) : 99) * 2 + (g.out ? 0 : 1);
    return [...groups.values()].sort((a, b) => order(a) - order(b)).map((g) => ({
      ...g,
      items: [...g.items.values()].sort((a, b) => collator.compare(nameOf(a.other), nameOf(b.other))),
    }));
  }

  /** What to say next to a node's name in a list: an event's date and size, an article's date. */
  function brief(id) {
    const i = info[id];
    if (!i) return "";
    const facts = new Map(i.facts);
    const parts = [];
    if (facts.has(F.date)) parts.push(facts.get(F.date));
    if (facts.has(F.participant_count)) parts.push(fmt(T.people, { n: facts.get(F.participant_count) }));
    return parts.join(" · ");
  }

  /** Evidence of several edges, best first, one row per article sentence. */
  function evidenceOf(eids) {
    const seen = new Map();
    for (const eid of eids) {
      for (const row of DATA.evidence[eid] || []) {
        const key = row[0] + "\u0000" + row[1];
        if (!seen.has(key) || seen.get(key)[2] < row[2]) seen.set(key, row);
      }
    }
    return [...seen.values()].sort((a, b) => b[2] - a[2]);
  }

  function headline(article) {
    const a = DATA.articles[article];
    if (!a) return article;
    return a[0] || T.untitled + (info[article] ? info[article].name : article);
  }

  // ---------------------------------------------------------------- rendering helpers
  function sym(id) {
    const s = style(id);
    return el("span", { className: "sym", style: { color: s.color }, ariaHidden: "true" }, s.symbol);
  }

  function nodeLink(id) {
    return el("button", { type: "button", className: "node", title: nameOf(id), on: { click: () => select(id, true) } },
      nameOf(id));
  }

  /** A sentence as text, with the names it is about marked (built from text nodes only). */
  function marked(sentence, ids) {
    const terms = [];
    for (const id of ids) {
      const i = info[id];
      if (!i) continue;
      for (const t of [i.name, ...i.aliases]) if (t && t.length >= 2 && !terms.includes(t)) terms.push(t);
    }
    terms.sort((a, b) => b.length - a.length);
    const span = el("span", { className: "sent" });
    let at = 0;
    while (at < sentence.length) {
      let best = -1;
      let term = "";
      for (const t of terms) {
        const k = sentence.indexOf(t, at);
        if (k >= 0 && (best < 0 || k < best)) {
          best = k;
          term = t;
        }
      }
      if (best < 0) break;
      span.append(sentence.slice(at, best), el("mark", {}, term));
      at = best + term.length;
    }
    span.append(sentence.slice(at));
    return span;
  }

  function evidenceRow(row, about) {
    const [article, sentence, confidence] = row;
    const a = DATA.articles[article];
    const from = el("div", { className: "from" },
      nodeById.has(article)
        ? el("button", { type: "button", on: { click: () => select(article, true) } }, "《" + headline(article) + "》")
        : "《" + headline(article) + "》",
      " ",
      el("span", { className: "meta" },
        [a && a[1], a && a[2], T.confidence + " " + Number(confidence).toFixed(2)].filter(Boolean).join(" · ")));
    return el("div", { className: "ev" }, marked(sentence, about), from);
  }

  /** Evidence rows, the first few shown and the rest behind a button. */
  function evidenceList(rows, about, eids) {
    const box = el("div", { className: "evs" });
    const first = DATA.evidenceShown;
    rows.slice(0, first).forEach((r) => box.append(evidenceRow(r, about)));
    if (rows.length > first) {
      const more = el("button", { type: "button", className: "expand" }, fmt(T.evidence_more, { n: rows.length - first }));
      more.addEventListener("click", () => {
        more.replaceWith(...rows.slice(first).map((r) => evidenceRow(r, about)));
      });
      box.append(more);
    }
    if (!rows.length && eids) {
      const source = eids.map((eid) => DATA.sources[eid]).find(Boolean);
      box.append(el("div", { className: "src" }, source ? T.gazetteer + "：" + source : T.no_evidence));
    }
    return box;
  }

  // ---------------------------------------------------------------- side panel
  const panel = $("panel");

  function panelHead(id) {
    const s = style(id);
    const i = info[id] || { name: id, aliases: [], facts: [], mentions: 0 };
    const head = [
      el("button", { type: "button", className: "close", title: T.close, ariaLabel: T.close,
        on: { click: clearSelection } }, "×"),
      el("span", { className: "badge", style: { background: s.color } }, s.symbol + " " + s.name),
      el("h2", {}, i.untitled ? T.untitled + i.name : i.name),
    ];
    if (i.aliases.length) {
      head.push(el("div", { className: "aliases" }, el("span", { className: "key", style: { background: "none", padding: 0 } }, F.aliases + "："),
        i.aliases.map((a) => el("span", {}, a))));
    }
    const dl = el("dl");
    const row = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
    for (const [k, v] of i.facts) row(k, v);
    if (i.mentions) row(F.mentions, String(i.mentions));
    if (i.url) {
      row(F.url, el("a", { className: "url", href: i.url, target: "_blank", rel: "noopener noreferrer" }, i.url));
    }
    row(T.relations, fmt(T.all_relations, { n: (incident.get(id) || []).length }));
    head.push(dl);
    for (const [field, rows] of i.literal || []) {
      head.push(el("h3", {}, field + " · " + F.evidence), evidenceList(rows, [id]));
    }
    if (i.awards && i.awards.length) {
      head.push(el("h3", {}, F.awards));
      const ul = el("ul", { className: "rel" });
      for (const [honour, rows] of i.awards) ul.append(el("li", {}, el("div", { className: "who" }, el("b", {}, honour)), evidenceList(rows, [id])));
      head.push(ul);
    }
    return head;
  }

  const ITEMS_SHOWN = 40;

  function showPanel(id) {
    const parts = panelHead(id);
    for (const g of relationGroups(id)) {
      parts.push(el("h3", {}, g.heading + " ", el("span", { className: "n" }, "(" + g.items.length + ")")));
      const ul = el("ul", { className: "rel" });
      const render = (item) => {
        const extra = [item.roles.join("、"), brief(item.other)].filter(Boolean).join(" · ");
        return el("li", {},
          el("div", { className: "who" }, sym(item.other), nodeLink(item.other),
            extra ? el("span", { className: "extra" }, extra) : null),
          evidenceList(evidenceOf(item.eids), [id, item.other], item.eids));
      };
      g.items.slice(0, ITEMS_SHOWN).forEach((item) => ul.append(render(item)));
      if (g.items.length > ITEMS_SHOWN) {
        const more = el("button", { type: "button", className: "expand" }, "+" + (g.items.length - ITEMS_SHOWN));
        more.addEventListener("click", () => more.replaceWith(...g.items.slice(ITEMS_SHOWN).map(render)));
        ul.append(more);
      }
      parts.push(ul);
    }
    panel.replaceChildren(...parts);
    panel.hidden = false;
    panel.scrollTop = 0;
    panel.dataset.node = id;
  }

  function showEdgePanel(eid) {
    const e = edgeById.get(eid);
    const rows = evidenceOf([eid]);
    panel.replaceChildren(
      el("button", { type: "button", className: "close", title: T.close, ariaLabel: T.close,
        on: { click: clearSelection } }, "×"),
      el("span", { className: "badge", style: { background: "#666" } }, e.label),
      el("h2", {}, nameOf(e.from) + " → " + nameOf(e.to)),
      el("div", { className: "who" }, sym(e.from), nodeLink(e.from), " —" + e.label + "→ ", sym(e.to), nodeLink(e.to)),
      el("h3", {}, F.evidence + " ", el("span", { className: "n" }, "(" + rows.length + ")")),
      evidenceList(rows, [e.from, e.to], [eid]));
    panel.hidden = false;
    panel.scrollTop = 0;
    delete panel.dataset.node;
  }

  // ---------------------------------------------------------------- selection
  function select(id, move) {
    if (!nodeById.has(id)) return;
    if (!nodeVisible(id)) setClass(clsOf(id), true);
    hideTip();
    highlight({ node: id });
    showPanel(id);
    if (move) frame([...focusNodes]);
  }

  /** Move and zoom so that ``ids`` (a node and its neighbours) fill the space beside the panel. */
  function frame(ids) {
    const pos = Object.values(network.getPositions(ids));
    if (!pos.length) return;
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const beside = !panel.hidden && panel.offsetWidth < container.offsetWidth * 0.8;
    const width = container.offsetWidth - (beside ? panel.offsetWidth : 0) - 120;
    const height = container.offsetHeight - 120;
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    const scale = Math.max(0.05, Math.min(1.0, width / Math.max(spanX, 1), height / Math.max(spanY, 1)));
    network.moveTo({
      position: { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 },
      scale,
      offset: { x: beside ? -panel.offsetWidth / 2 : 0, y: 0 },
      animation: animate(450),
    });
  }

  function selectEdge(eid) {
    hideTip();
    highlight({ edge: eid });
    showEdgePanel(eid);
  }

  function clearSelection() {
    clearHighlight();
    network.unselectAll();
    panel.hidden = true;
    panel.replaceChildren();
    delete panel.dataset.node;
  }

  network.on("click", (p) => {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (p.edges.length) selectEdge(p.edges[0]);
    else clearSelection();
  });
  network.on("doubleClick", (p) => {
    if (p.nodes.length) network.focus(p.nodes[0], { scale: Math.max(network.getScale() * 1.6, 1.2), animation: animate(300) });
  });

  // ---------------------------------------------------------------- tooltips
  const tip = $("tip");

  function nodeTip(id) {
    const i = info[id] || { name: id, aliases: [], facts: [], mentions: 0 };
    const s = style(id);
    const lines = [
      el("div", { className: "head" }, sym(id), " ", i.untitled ? T.untitled + i.name : i.name),
      el("div", { className: "row" }, el("span", { className: "key" }, F.class + "："), s.name,
        i.mentions ? "  ·  " + F.mentions + " " + i.mentions : ""),
    ];
    if (i.aliases.length) {
      const shown = i.aliases.slice(0, 6).join("、") + (i.aliases.length > 6 ? " …" : "");
      lines.push(el("div", { className: "row" }, el("span", { className: "key" }, F.aliases + "："), shown));
    }
    for (const [k, v] of i.facts.slice(0, 5)) {
      lines.push(el("div", { className: "row" }, el("span", { className: "key" }, k + "："), v));
    }
    if (i.awards && i.awards.length) {
      lines.push(el("div", { className: "row" }, el("span", { className: "key" }, F.awards + "："),
        i.awards.map((a) => a[0]).join("、")));
    }
    let eids = [];
    for (const g of relationGroups(id)) {
      eids = eids.concat(...g.items.map((it) => it.eids));
      if (g.pred === "post" || g.pred === "organizer" || g.pred === "participant") {
        const names = g.items.slice(0, 3).map((it) =>
          nameOf(it.other) + (it.roles.length ? "（" + it.roles.join("、") + "）" : "") +
          (brief(it.other) ? "（" + brief(it.other) + "）" : ""));
        lines.push(el("div", { className: "row" }, el("span", { className: "key" }, g.heading + "："),
          names.join("；") + (g.items.length > 3 ? " …" : "")));
      }
    }
    const best = evidenceOf(eids)[0];
    if (best) {
      lines.push(el("blockquote", {}, marked(best[1], [id])), el("div", { className: "more" }, "《" + headline(best[0]) + "》"));
    }
    lines.push(el("div", { className: "more" }, T.tip_more));
    return lines;
  }

  function edgeTip(eid) {
    const e = edgeById.get(eid);
    const rows = evidenceOf([eid]);
    const lines = [el("div", { className: "head" }, nameOf(e.from) + " —" + e.label + "→ " + nameOf(e.to))];
    if (rows.length) {
      lines.push(el("blockquote", {}, marked(rows[0][1], [e.from, e.to])),
        el("div", { className: "more" }, "《" + headline(rows[0][0]) + "》" +
          (rows.length > 1 ? " · " + fmt(T.evidence_count, { n: rows.length }) : "")));
    } else if (DATA.sources[eid]) {
      lines.push(el("div", { className: "more" }, T.gazetteer + "：" + DATA.sources[eid]));
    }
    return lines;
  }

  function showTip(children, pointer) {
    tip.replaceChildren(...children);
    tip.hidden = false;
    const box = container.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let x = pointer.x + 14;
    let y = pointer.y + 14;
    if (x + w > box.width - 4) x = Math.max(4, pointer.x - w - 14);
    if (y + h > box.height - 4) y = Math.max(4, pointer.y - h - 14);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function hideTip() {
    tip.hidden = true;
  }

  network.on("hoverNode", (p) => showTip(nodeTip(p.node), p.pointer.DOM));
  network.on("hoverEdge", (p) => showTip(edgeTip(p.edge), p.pointer.DOM));
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---------------------------------------------------------------- search
  const norm = (s) => String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const index = DATA.nodes.map((n) => {
    const i = info[n.id] || { name: n.id, aliases: [], mentions: 0 };
    return { id: n.id, name: norm(i.name), aliases: i.aliases.map((a) => [norm(a), a]), mentions: i.mentions || 0 };
  });
  const HITS_SHOWN = 50;

  /** Nodes whose name or an alias contains the query anywhere; whole names first, then prefixes, then by mentions. */
  function search(query) {
    const q = norm(query);
    if (!q) return [];
    const found = [];
    for (const entry of index) {
      let rank = -1;
      let alias = null;
      if (entry.name === q) rank = 0;
      else if (entry.name.startsWith(q)) rank = 2;
      else if (entry.name.includes(q)) rank = 4;
      for (const [a, raw] of entry.aliases) {
        const r = a === q ? 1 : a.startsWith(q) ? 3 : a.includes(q) ? 5 : -1;
        if (r >= 0 && (rank < 0 || r < rank)) {
          rank = r;
          alias = raw;
        }
      }
      if (rank >= 0) found.push({ id: entry.id, rank, alias, mentions: entry.mentions, len: entry.name.length });
    }
    found.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.len - b.len || collator.compare(nameOf(a.id), nameOf(b.id)));
    return found;
  }

  const q = $("q");
  const hits = $("hits");
  let current = [];
  let cursor = -1;

  function showHits() {
    const found = search(q.value);
    current = found.slice(0, HITS_SHOWN);
    cursor = current.length ? 0 : -1;
    if (!q.value.trim()) {
      hits.hidden = true;
      q.setAttribute("aria-expanded", "false");
      return;
    }
    const items = current.map((h, k) =>
      el("li", { role: "option", id: "hit-" + k, on: { mousedown: (ev) => { ev.preventDefault(); pick(k); } } },
        sym(h.id), el("span", { className: "name" }, nameOf(h.id)),
        h.alias ? el("span", { className: "alias" }, "（" + F.aliases + "：" + h.alias + "）") : null,
        el("span", { className: "kind" }, style(h.id).name)));
    if (!items.length) items.push(el("li", { className: "empty" }, T.no_hits));
    if (found.length > current.length) {
      items.push(el("li", { className: "empty" }, fmt(T.more_hits, { n: found.length - current.length })));
    }
    hits.replaceChildren(...items);
    hits.hidden = false;
    q.setAttribute("aria-expanded", "true");
    moveCursor(0);
  }

  function moveCursor(k) {
    if (!current.length) return;
    cursor = (k + current.length) % current.length;
    hits.querySelectorAll("li[role=option]").forEach((li, j) => li.setAttribute("aria-selected", String(j === cursor)));
    const li = $("hit-" + cursor);
    if (li) {
      li.scrollIntoView({ block: "nearest" });
      q.setAttribute("aria-activedescendant", li.id);
    }
  }

  function pick(k) {
    const h = current[k];
    if (!h) return;
    q.value = nameOf(h.id);
    hits.hidden = true;
    q.setAttribute("aria-expanded", "false");
    select(h.id, true);
  }

  q.addEventListener("input", showHits);
  q.addEventListener("focus", () => q.value.trim() && showHits());
  q.addEventListener("blur", () => setTimeout(() => (hits.hidden = true), 150));
  q.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown") moveCursor(cursor + 1);
    else if (ev.key === "ArrowUp") moveCursor(cursor - 1);
    else if (ev.key === "Enter") {
      if (hits.hidden) showHits();
      pick(Math.max(0, cursor));
    } else if (ev.key === "Escape") {
      hits.hidden = true;
      if (!q.value) clearSelection();
      q.value = "";
    } else return;
    ev.preventDefault();
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "/" && document.activeElement !== q) {
      ev.preventDefault();
      q.focus();
    } else if (ev.key === "Escape" && document.activeElement !== q) {
      clearSelection();
    }
  });

  // ---------------------------------------------------------------- legend, filter, reset
  function buildLegend() {
    const counts = new Map();
    for (const n of DATA.nodes) counts.set(clsOf(n.id), (counts.get(clsOf(n.id)) || 0) + 1);
    const legend = $("legend");
    legend.append(el("span", { className: "label" }, T.filter + "："));
    for (const c of DATA.classes) {
      const box = el("input", { type: "checkbox", checked: true, on: { change: () => setClass(c.cls, box.checked) } });
      box.dataset.cls = c.cls;
      legend.append(el("label", { className: "cls", title: c.name },
        box, el("span", { className: "sym", style: { color: c.color } }, c.symbol),
        el("span", { className: "name" }, c.name), el("span", { className: "n" }, String(counts.get(c.cls) || 0))));
    }
    const mentions = DATA.edges.filter((e) => e.pred === "mentions").length;
    if (mentions) {
      const box = el("input", { type: "checkbox", id: "mentions", checked: showMentions });
      box.addEventListener("change", () => {
        showMentions = box.checked;
        applyVisibility();
      });
      legend.append(el("span", { className: "sep" }),
        el("label", { className: "toggle" }, box, T.show_mentions, el("span", { className: "n" }, String(mentions))));
    }
  }

  function reset() {
    q.value = "";
    hits.hidden = true;
    for (const c of DATA.classes) classOn.set(c.cls, true);
    document.querySelectorAll("#legend input[data-cls]").forEach((b) => (b.checked = true));
    showMentions = !!DATA.includeMentions;
    const m = $("mentions");
    if (m) m.checked = showMentions;
    clearSelection();
    applyVisibility();
    network.fit({ animation: animate(400) });
  }

  q.placeholder = T.search;
  q.setAttribute("aria-label", T.search_label);
  $("reset").textContent = T.reset;
  $("reset").title = T.reset_title;
  $("reset").addEventListener("click", reset);
  $("hint").textContent = T.hint;
  buildLegend();
  updateCounts();
  Object.assign(api, {
    search: (s) => search(s).map((h) => h.id),
    highlighted: () => ({ nodes: [...focusNodes], edges: [...focusEdges] }),
    hidden: () => [...nodeHidden].filter(([, h]) => h).map(([id]) => id),
    select, selectEdge, setClass, reset, clearSelection,
  });
})();

/* ---- tables13: a row of the 任职/活动/文章 tables (tables.js) selects its node here: back to
 * the graph tab, then the same selection and zoom as a search hit. */
document.addEventListener("kg-select", (ev) => {
  const tab = document.getElementById("tab-graph");
  if (tab && tab.getAttribute("aria-selected") !== "true") tab.click();
  if (window.kgView && window.kgView.select) window.kgView.select(String(ev.detail), true);
});
