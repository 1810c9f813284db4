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
  const OV = DATA.overview;
  // the busiest nodes first: they keep a label at every zoom
  const busyOrder = DATA.nodes.map((n) => n.id).sort((a, b) => {
    const x = info[a] || {};
    const y = info[b] || {};
    return (y.degree || 0) - (x.degree || 0) || (y.mentions || 0) - (x.mentions || 0) || (a < b ? -1 : a > b ? 1 : 0);
  });

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
    frameStart();
    // vis-network skips a node whose last known box is off screen and only then measures it:
    // one draw here measures them all, so that the first frame the user sees shows every node
    network.redraw();
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

  // ---------------------------------------------------------------- visibility (filter)
  // A class filter hides nodes (vis-network then hides their edges too); the "mentions"
  // switch hides those edges themselves. Some nodes start hidden (DATA.startHidden):
  // "m" linked only by mentions, shown by the switch or around their selected article;
  // "c" outside the core of a large graph. "Show neighbours" reveals a node's hidden
  // neighbours and the mentions edges of the node. Only items whose state changes are
  // updated, because every DataSet update costs vis-network real work on a large graph.
  const classOn = new Map(DATA.classes.map((c) => [c.cls, true]));
  let showMentions = !!DATA.includeMentions;
  const revealed = new Set(); // nodes shown by "show neighbours" or by being selected
  const expanded = new Set(); // nodes whose neighbours were asked for: their mentions edges show
  let aroundArticle = null; // the selected article: the nodes it mentions show around it
  let around = new Set();
  const nodeHidden = new Map(DATA.nodes.map((n) => [n.id, !!n.hidden]));
  const edgeHidden = new Map(DATA.edges.map((e) => [e.id, !!e.hidden]));
  const waiting = (id) => {
    const why = DATA.startHidden[id];
    if (!why || revealed.has(id) || around.has(id)) return false;
    return why === "m" ? !showMentions : true;
  };
  const nodeVisible = (id) => classOn.get(clsOf(id)) !== false && !waiting(id);
  const edgeOwnHidden = (e) =>
    e.pred === "mentions" && !showMentions && !expanded.has(e.from) && !expanded.has(e.to) && e.from !== aroundArticle;
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
  const NODE_PX = ((DATA.options.nodes || {}).font || {}).size || 14;
  const EDGE_PX = ((DATA.options.edges || {}).font || {}).size || 12;
  // vis-network draws a label only from drawThreshold - 1 px on screen, faded up to drawThreshold
  const nodeThreshold = ((((DATA.options.nodes || {}).scaling || {}).label || {}).drawThreshold || 13);
  const edgeThreshold = ((((DATA.options.edges || {}).scaling || {}).label || {}).drawThreshold || 13);

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

  /**
   * Places labels without overlap: each asks for a box on screen and gets it only if it
   * meets none already given (a grid of 64 px cells keeps the test cheap).
   */
  function placer() {
    const cells = new Map();
    const CELL = 64;
    return (box) => {
      const keys = [];
      for (let gx = Math.floor(box.x0 / CELL); gx <= Math.floor(box.x1 / CELL); gx++) {
        for (let gy = Math.floor(box.y0 / CELL); gy <= Math.floor(box.y1 / CELL); gy++) keys.push(gx + "," + gy);
      }
      for (const k of keys) {
        for (const o of cells.get(k) || []) {
          if (box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1) return false;
        }
      }
      for (const k of keys) (cells.get(k) || cells.set(k, []).get(k)).push(box);
      return true;
    };
  }

  let drawnLabels = []; // the labels of the last frame: {id, px, x, y} (for tests and the curious)

  /**
   * Labels of the busiest nodes in view, at a constant size on screen, when the zoom is
   * too far out for vis-network's own (those stop below 12 px): the overview is never a
   * field of anonymous dots. The busiest are placed first; a label that would overlap
   * one already placed is left out.
   */
  function busyLabels(ctx, scale, fits) {
    const body = network.body;
    const view = body.view;
    const w = container.clientWidth;
    const h = container.clientHeight;
    const px = OV.label_px;
    ctx.font = `${px / scale}px ${FONT}`;
    // a label does not cover another node: the nodes in view are taken first
    for (const n of DATA.nodes) {
      if (nodeHidden.get(n.id)) continue;
      const b = body.nodes[n.id];
      const r = (b.options.size || 10) * scale;
      const sx = b.x * scale + view.translation.x;
      const sy = b.y * scale + view.translation.y;
      if (r >= 3 && sx > -r && sy > -r && sx < w + r && sy < h + r) fits({ x0: sx - r, x1: sx + r, y0: sy - r, y1: sy + r });
    }
    const out = [];
    for (const id of busyOrder) {
      if (out.length >= OV.busy_labels) break;
      if (nodeHidden.get(id) || (focus && focusNodes.has(id))) continue;
      const n = body.nodes[id];
      if (!n) continue;
      const sx = n.x * scale + view.translation.x;
      const sy = n.y * scale + view.translation.y;
      if (sx < 0 || sy < 0 || sx > w || sy > h) continue;
      const text = nodeById.get(id).label;
      const half = (ctx.measureText(text).width * scale) / 2 + 2;
      const top = sy + (n.options.size || 10) * scale + 2;
      if (!fits({ x0: sx - half, x1: sx + half, y0: top, y1: top + px + 3 })) continue;
      label(ctx, text, n.x, n.y + (n.options.size || 10) + 2 / scale, px, "#222", scale);
      out.push({ id, px, x: sx, y: top });
    }
    return out;
  }

  network.on("afterDrawing", (ctx) => {
    const body = network.body;
    if (!body || !body.nodes || !body.edges) return;
    const scale = network.getScale();
    const own = NODE_PX * scale >= nodeThreshold; // vis-network drew the labels itself, full strength
    const fits = placer();
    drawnLabels = [];
    try {
      if (!own) drawnLabels = busyLabels(ctx, scale, fits);
    } catch (err) {
      api.error = String(err);
    }
    if (!focus) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    drawnLabels = [];
    const near = placer();
    try {
      const edgeLabels = [];
      for (const eid of focusEdges) {
        const e = body.edges[eid];
        if (e && e.connected !== false && typeof e.draw === "function") {
          e.draw(ctx);
          if (EDGE_PX * scale < edgeThreshold && e.from && e.to && focusEdges.size <= 40) {
            let mid = { x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2 };
            if (e.edgeType && typeof e.edgeType.getPoint === "function") mid = e.edgeType.getPoint(0.5);
            edgeLabels.push([edgeById.get(eid).label, mid]);
          }
        }
      }
      const nodeLabels = [];
      const ids = [...focusNodes].sort((a, b) => (a === focus.node ? -1 : b === focus.node ? 1 : 0));
      for (const id of ids) {
        const n = body.nodes[id];
        if (n && !n.options.hidden && typeof n.draw === "function") {
          const drawn = n.draw(ctx);
          if (!own) nodeLabels.push([id, n]);
          else if (drawn && typeof drawn.drawExternalLabel === "function") drawn.drawExternalLabel();
        }
      }
      // node names first (the focus first of all), then relation names where room is left
      const view = body.view;
      const px = OV.label_px;
      for (const [id, n] of nodeLabels) {
        const text = nodeById.get(id).label;
        ctx.font = `${px / scale}px ${FONT}`;
        const half = (ctx.measureText(text).width * scale) / 2 + 2;
        const sx = n.x * scale + view.translation.x;
        const top = (n.y + (n.options.size || 10)) * scale + view.translation.y + 2;
        if (!near({ x0: sx - half, x1: sx + half, y0: top, y1: top + px + 3 })) continue;
        label(ctx, text, n.x, n.y + (n.options.size || 10) + 2 / scale, px, "#111", scale);
        drawnLabels.push({ id, px, x: sx, y: top });
      }
      const epx = Math.max(12, px - 1);
      for (const [text, mid] of edgeLabels) {
        ctx.font = `${epx / scale}px ${FONT}`;
        const half = (ctx.measureText(text).width * scale) / 2 + 2;
        const sx = mid.x * scale + view.translation.x;
        const top = mid.y * scale + view.translation.y - epx / 2;
        if (!near({ x0: sx - half, x1: sx + half, y0: top, y1: top + epx + 2 })) continue;
        label(ctx, text, mid.x, mid.y - epx / 2 / scale, epx, "#333", scale);
      }
    } catch (err) {
      // never let a drawing detail break the page; the selection still shows the focus
      api.error = String(err);
    }
  });

  /** Labels on screen now, with their size in px: the page's own, or vis-network's when zoomed in. */
  function labelsOnScreen() {
    const scale = network.getScale();
    if (NODE_PX * scale < nodeThreshold) return drawnLabels.slice();
    const view = network.body.view;
    const w = container.clientWidth;
    const h = container.clientHeight;
    const px = Math.min(NODE_PX * scale, (((DATA.options.nodes || {}).scaling || {}).label || {}).maxVisible || 30);
    const out = [];
    for (const n of DATA.nodes) {
      if (nodeHidden.get(n.id)) continue;
      const b = network.body.nodes[n.id];
      const x = b.x * scale + view.translation.x;
      const y = b.y * scale + view.translation.y;
      if (x >= 0 && y >= 0 && x <= w && y <= h) out.push({ id: n.id, px, x, y });
    }
    return out;
  }

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

  function evidenceRow(row, about, named) {
    const [article, sentence, confidence] = row;
    const a = DATA.articles[article];
    const from = el("div", { className: "from" },
      article === named
        ? null
        : nodeById.has(article)
        ? el("button", { type: "button", on: { click: () => select(article, true) } }, "《" + headline(article) + "》")
          : "《" + headline(article) + "》",
      article === named ? null : " ",
      el("span", { className: "meta" },
        [a && a[1], a && a[2], T.confidence + " " + Number(confidence).toFixed(2)].filter(Boolean).join(" · ")));
    return el("div", { className: "ev" }, marked(sentence, about), from);
  }

  /** Evidence rows, the first few shown and the rest behind a button. */
  function evidenceList(rows, about, eids, named) {
    const box = el("div", { className: "evs" });
    const first = DATA.evidenceShown;
    rows.slice(0, first).forEach((r) => box.append(evidenceRow(r, about, named)));
    if (rows.length > first) {
      const more = el("button", { type: "button", className: "expand" }, fmt(T.evidence_more, { n: rows.length - first }));
      more.addEventListener("click", () => {
        more.replaceWith(...rows.slice(first).map((r) => evidenceRow(r, about, named)));
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

  /** What tells a node from its namesakes, in one line: main post or place, mentions, articles, first article. */
  function detail(id) {
    const i = info[id] || {};
    const parts = [];
    if (i.main) parts.push(i.main);
    if (i.mentions) parts.push(fmt(T.mention_times, { n: i.mentions }));
    if (i.articles) parts.push(fmt(T.in_articles, { n: i.articles }));
    if (i.first) {
      const a = DATA.articles[i.first] || [];
      parts.push(T.first + " " + [a[1], "《" + cutText(headline(i.first), 14) + "》"].filter(Boolean).join(" "));
    }
    return parts;
  }

  /** ``detail`` as text where each part keeps to one line ("2025年1月17日" never splits). */
  const detailText = (id, extra) =>
    el("span", { className: "detail" }, [extra, ...detail(id)].filter(Boolean).flatMap((part, k) =>
      k ? [" · ", el("span", { className: "part" }, part)] : [el("span", { className: "part" }, part)]));

  const cutText = (text, n) => (text.length > n ? text.slice(0, n - 1) + "…" : text);

  /** The button that adds a node's hidden neighbours, with how many there are. */
  function neighboursButton(id) {
    const n = hiddenNeighbours(id).length;
    return el("button", { type: "button", className: "act", id: "neighbours", disabled: n === 0,
      on: { click: () => showNeighbours(id) } }, n ? fmt(T.neighbours_n, { n }) : T.neighbours_none);
  }

  function panelHead(id) {
    const s = style(id);
    const i = info[id] || { name: id, aliases: [], facts: [], mentions: 0 };
    const head = [
      el("button", { type: "button", className: "close", title: T.close, ariaLabel: T.close,
        on: { click: () => clearSelection(true) } }, "×"),
      el("div", { className: "title" },
        el("span", { className: "badge", style: { background: s.color } }, s.symbol + "\u00a0" + s.name),
        el("h2", {}, i.untitled ? T.untitled + i.name : i.name)),
      neighboursButton(id),
    ];
    if (i.aliases.length) {
      head.push(el("div", { className: "aliases" }, el("span", { className: "key", style: { background: "none", padding: 0 } }, F.aliases + "："),
        i.aliases.map((a) => el("span", {}, a))));
    }
    const dl = el("dl");
    const row = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
    for (const [k, v] of i.facts) row(k, v);
    if (i.mentions) row(F.mentions, String(i.mentions));
    if (i.main) row(T.main, i.main);
    if (i.first) {
      const a = DATA.articles[i.first] || [];
      row(T.first, el("span", {}, a[1] ? a[1] + " " : "",
        el("button", { type: "button", className: "node", on: { click: () => select(i.first, true) } },
          "《" + headline(i.first) + "》")));
    }
    if (i.articles) row(T.seen_in, fmt(T.n_articles, { n: i.articles }));
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
          evidenceList(evidenceOf(item.eids), [id, item.other], item.eids, item.other));
      };
      g.items.slice(0, ITEMS_SHOWN).forEach((item) => ul.append(render(item)));
      if (g.items.length > ITEMS_SHOWN) {
        const more = el("button", { type: "button", className: "expand" }, "+" + (g.items.length - ITEMS_SHOWN));
        more.addEventListener("click", () => more.replaceWith(...g.items.slice(ITEMS_SHOWN).map(render)));
        ul.append(more);
      }
      parts.push(ul);
    }
    const same = DATA.namesakes[nameOf(id)] && clsOf(id) !== "Article"
      ? DATA.nodes.filter((n) => n.id !== id && nameOf(n.id) === nameOf(id)).map((n) => n.id)
      : [];
    if (same.length) {
      parts.push(el("h3", {}, T.namesakes + " ", el("span", { className: "n" }, "(" + same.length + ")")));
      const ul = el("ul", { className: "rel namesakes" });
      for (const other of same.slice(0, ITEMS_SHOWN)) {
        ul.append(el("li", {}, el("div", { className: "who" }, sym(other), nodeLink(other),
          detailText(other, style(other).name))));
      }
      parts.push(ul);
    }
    panel.replaceChildren(...parts);
    panel.dataset.node = id;
    openPanel();
  }

  let returnFocus = null;

  /** Show the panel and move the keyboard into it, remembering where to return on close. */
  function openPanel() {
    const active = document.activeElement;
    if (panel.hidden && active && active !== document.body && !panel.contains(active)) returnFocus = active;
    else if (panel.hidden) returnFocus = container;
    panel.hidden = false;
    panel.scrollTop = 0;
    panel.focus({ preventScroll: true });
  }

  function showEdgePanel(eid) {
    const e = edgeById.get(eid);
    const rows = evidenceOf([eid]);
    panel.replaceChildren(
      el("button", { type: "button", className: "close", title: T.close, ariaLabel: T.close,
        on: { click: () => clearSelection(true) } }, "×"),
      el("div", { className: "title" },
        el("span", { className: "badge", style: { background: "#666" } }, e.label),
        el("h2", {}, nameOf(e.from) + " → " + nameOf(e.to))),
      el("div", { className: "who" }, sym(e.from), nodeLink(e.from), " —" + e.label + "→ ", sym(e.to), nodeLink(e.to)),
      el("h3", {}, F.evidence + " ", el("span", { className: "n" }, "(" + rows.length + ")")),
      evidenceList(rows, [e.from, e.to], [eid]));
    delete panel.dataset.node;
    openPanel();
  }

  // ---------------------------------------------------------------- selection
  /** Select a node: highlight it and its neighbours, open its panel, and (``move``) bring them into view. */
  function select(id, move) {
    if (!nodeById.has(id)) return;
    let changed = false;
    if (waiting(id)) {
      revealed.add(id);
      changed = true;
    }
    const article = clsOf(id) === "Article" ? id : null;
    if (article !== aroundArticle) {
      // an article shows the nodes it mentions around it while it is selected
      aroundArticle = article;
      around = new Set();
      for (const eid of article ? incident.get(id) : []) {
        if (edgeById.get(eid).pred === "mentions") around.add(edgeById.get(eid).to);
      }
      changed = true;
    }
    if (classOn.get(clsOf(id)) === false) {
      classOn.set(clsOf(id), true);
      const box = document.querySelector(`#legend input[data-cls="${CSS.escape(clsOf(id))}"]`);
      if (box) box.checked = true;
      changed = true;
    }
    if (changed) {
      focus = null;
      applyVisibility();
    }
    hideTip();
    highlight({ node: id });
    showPanel(id);
    if (move) frame([...focusNodes]);
  }

  /** Neighbours of a node that are hidden because they wait to be asked for (not by a class filter). */
  function hiddenNeighbours(id) {
    const out = new Set();
    for (const eid of incident.get(id) || []) {
      const e = edgeById.get(eid);
      const other = e.from === id ? e.to : e.from;
      if (other !== id && waiting(other) && classOn.get(clsOf(other)) !== false) out.add(other);
      else if (other !== id && e.pred === "mentions" && edgeOwnHidden(e) && !nodeHidden.get(other)) out.add(other);
    }
    return [...out];
  }

  /** "Show neighbours": draw the node's hidden neighbours and its mentions edges, then frame them. */
  function showNeighbours(id) {
    if (!nodeById.has(id)) return 0;
    const added = hiddenNeighbours(id);
    for (const other of added) revealed.add(other);
    revealed.add(id);
    expanded.add(id);
    applyVisibility();
    select(id, true);
    return added.length;
  }

  /** Move and zoom so that ``ids`` (a node and its neighbours) fill the space the panel leaves free. */
  function frame(ids) {
    const pos = Object.values(network.getPositions(ids));
    if (!pos.length) return;
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const open = !panel.hidden;
    const side = open && panel.offsetWidth < container.offsetWidth * 0.8; // beside, else below
    const below = open && !side;
    const width = container.offsetWidth - (side ? panel.offsetWidth : 0) - 100;
    const height = container.offsetHeight - (below ? panel.offsetHeight : 0) - 80;
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    const scale = Math.max(0.02, Math.min(OV.frame_scale_max, Math.max(width, 60) / Math.max(spanX, 1),
      Math.max(height, 40) / Math.max(spanY, 1)));
    network.moveTo({
      position: { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 },
      scale,
      offset: { x: side ? -panel.offsetWidth / 2 : 0, y: below ? -panel.offsetHeight / 2 : 0 },
      animation: animate(450),
    });
  }

  /**
   * Where the page opens: the largest connected component(s) of what is drawn, framed,
   * but never further out than start_scale[0] nor closer than start_scale[1]; when the
   * component is too large to fit at that zoom, its middle (mean position) is shown.
   */
  function frameStart() {
    const ids = DATA.frame.filter((id) => !nodeHidden.get(id));
    const pos = Object.values(network.getPositions(ids.length ? ids : DATA.nodes.map((n) => n.id)));
    if (!pos.length) return;
    const xs = pos.map((p) => p.x);
    const ys = pos.map((p) => p.y);
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    const fit = Math.min((container.clientWidth - 60) / Math.max(spanX, 1), (container.clientHeight - 60) / Math.max(spanY, 1));
    const [low, high] = OV.start_scale;
    const scale = Math.max(low, Math.min(high, fit));
    const position = fit >= low
      ? { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 }
      : { x: xs.reduce((a, b) => a + b, 0) / xs.length, y: ys.reduce((a, b) => a + b, 0) / ys.length };
    network.moveTo({ position, scale });
  }
  // The page's own layout may still change the canvas's size after the first framing (the
  // tab bar, the busy line going): vis-network then scales the view with the canvas, below
  // start_scale[0]; until the user has moved the view, a new size frames it again.
  let untouched = true;
  for (const ev of ["dragStart", "zoom", "click", "doubleClick"]) network.on(ev, () => (untouched = false));
  container.addEventListener("keydown", () => (untouched = false));
  network.on("resize", () => {
    if (untouched && !settling) setTimeout(() => untouched && frameStart(), 0); // after vis-network rescales
  });

  function selectEdge(eid) {
    hideTip();
    highlight({ edge: eid });
    showEdgePanel(eid);
  }

  /** Clear the highlight and close the panel; ``giveBack`` returns the keyboard to where it was before. */
  function clearSelection(giveBack) {
    const wasOpen = !panel.hidden;
    const hadFocus = panel.contains(document.activeElement);
    clearHighlight();
    network.unselectAll();
    panel.hidden = true;
    panel.replaceChildren();
    delete panel.dataset.node;
    if (aroundArticle) {
      aroundArticle = null;
      around = new Set();
      applyVisibility();
    }
    if (wasOpen && (giveBack === true || hadFocus)) {
      const back = returnFocus && returnFocus.isConnected ? returnFocus : container;
      back.focus({ preventScroll: true });
    }
  }

  network.on("click", (p) => {
    if (p.nodes.length) select(p.nodes[0], true);
    else if (p.edges.length) selectEdge(p.edges[0]);
    else {
      clearSelection();
      container.focus({ preventScroll: true });
    }
  });
  network.on("doubleClick", (p) => {
    if (p.nodes.length) showNeighbours(p.nodes[0]);
  });

  // ---------------------------------------------------------------- keyboard on the canvas
  /** Arrow keys pan, + and − zoom, when the keyboard is on the graph (not in a field or the panel). */
  function onCanvasKey(ev) {
    const t = document.activeElement;
    if (!(t === document.body || t === container || container.contains(t) || t === null)) return false;
    const scale = network.getScale();
    const at = network.getViewPosition();
    const step = OV.pan_px / scale;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[ev.key]) {
      network.moveTo({ position: { x: at.x + moves[ev.key][0], y: at.y + moves[ev.key][1] }, scale });
    } else if (ev.key === "+" || ev.key === "=") {
      network.moveTo({ position: at, scale: Math.min(6, scale * OV.zoom_step) });
    } else if (ev.key === "-" || ev.key === "_" || ev.key === "\u2212") {
      network.moveTo({ position: at, scale: Math.max(0.01, scale / OV.zoom_step) });
    } else return false;
    return true;
  }

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
    // what tells it from a namesake: main post or place, first article with date
    const main = [i.main, i.first ? T.first + " " + ((DATA.articles[i.first] || [])[1] || "") : ""].filter(Boolean);
    if (main.length && DATA.namesakes[i.name]) lines.push(el("div", { className: "row" }, main.join(" · ")));
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

  const openGroups = new Set();

  /** One row of the hits: a node (its class, name, what tells it apart) or a group of namesakes. */
  function hitRow(row, k) {
    const pickIt = { mousedown: (ev) => { ev.preventDefault(); pick(k); } };
    if (row.group) {
      const sake = DATA.namesakes[row.group] || [row.ids.length, 0];
      const open = openGroups.has(row.group);
      return el("li", { role: "option", id: "hit-" + k, className: "group", ariaExpanded: String(open), on: pickIt },
        el("span", { className: "tw" }, open ? "▾" : "▸"), sym(row.ids[0]),
        el("span", { className: "name" }, row.group),
        el("span", { className: "count" }, fmt(T.group, { name: "", n: row.ids.length, a: sake[1] }).replace(/^ · /, "")),
        el("span", { className: "kind" }, style(row.ids[0]).name));
    }
    const text = detail(row.id).length ? detailText(row.id) : null;
    return el("li", { role: "option", id: "hit-" + k, className: row.member ? "member" : "", on: pickIt },
      sym(row.id), el("span", { className: "name" }, nameOf(row.id)),
      row.alias ? el("span", { className: "alias" }, "（" + F.aliases + "：" + row.alias + "）") : null,
      el("span", { className: "kind" }, style(row.id).name),
      text);
  }

  function showHits(keep) {
    const found = search(q.value);
    if (!q.value.trim()) {
      hits.hidden = true;
      q.setAttribute("aria-expanded", "false");
      current = [];
      return;
    }
    // identical names become one row "name · n 处，来自 m 篇文章", opened on demand
    const byName = new Map();
    for (const h of found) {
      const name = nameOf(h.id);
      const key = DATA.namesakes[name] && clsOf(h.id) !== "Article" ? "\u0000" + name : h.id;
      if (!byName.has(key)) byName.set(key, []);
      byName.get(key).push(h);
    }
    const rows = [];
    let top = 0;
    for (const [key, group] of byName) {
      if (top >= HITS_SHOWN) break;
      top++;
      if (group.length === 1) {
        rows.push({ id: group[0].id, alias: group[0].alias });
        continue;
      }
      const name = key.slice(1);
      rows.push({ group: name, ids: group.map((h) => h.id) });
      if (openGroups.has(name)) for (const h of group) rows.push({ id: h.id, alias: h.alias, member: true });
    }
    current = rows;
    const items = rows.map(hitRow);
    if (!items.length) items.push(el("li", { className: "empty" }, T.no_hits));
    if (byName.size > top) items.push(el("li", { className: "empty" }, fmt(T.more_hits, { n: byName.size - top })));
    hits.replaceChildren(...items);
    hits.hidden = false;
    q.setAttribute("aria-expanded", "true");
    moveCursor(typeof keep === "number" ? keep : 0);
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
    if (h.group) {
      if (openGroups.has(h.group)) openGroups.delete(h.group);
      else openGroups.add(h.group);
      showHits(k);
      return;
    }
    q.value = nameOf(h.id);
    hits.hidden = true;
    q.setAttribute("aria-expanded", "false");
    select(h.id, true);
  }

  q.addEventListener("input", () => showHits());
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
      if (!q.value) clearSelection(false);
      q.value = "";
    } else return;
    ev.preventDefault();
  });
  document.addEventListener("keydown", (ev) => {
    const t = document.activeElement;
    const typing = t && (t.tagName === "INPUT" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (ev.key === "/" && !typing) {
      // a new search: the old text is selected, so typing replaces it
      ev.preventDefault();
      q.focus();
      q.select();
    } else if (ev.key === "Escape" && t !== q) {
      clearSelection(true);
    } else if (!typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey && onCanvasKey(ev)) {
      ev.preventDefault();
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
    revealed.clear();
    expanded.clear();
    clearSelection(false);
    applyVisibility();
    frameStart();
  }

  q.placeholder = T.search;
  q.setAttribute("aria-label", T.search_label);
  $("reset").textContent = T.reset;
  $("reset").title = T.reset_title;
  $("reset").addEventListener("click", reset);
  $("hint").textContent = T.hint;
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-label", T.graph_label);
  panel.tabIndex = -1;
  panel.setAttribute("role", "region");
  buildLegend();
  updateCounts();
  Object.assign(api, {
    search: (s) => search(s).map((h) => h.id),
    highlighted: () => ({ nodes: [...focusNodes], edges: [...focusEdges] }),
    hidden: () => [...nodeHidden].filter(([, h]) => h).map(([id]) => id),
    select, selectEdge, setClass, reset, clearSelection, showNeighbours, hiddenNeighbours, frameStart, labelsOnScreen,
    shown: () => [...nodeHidden].filter(([, h]) => !h).map(([id]) => id),
  });
  // without physics to run, the page is laid out already (after everything above is set up)
  const physics = DATA.options.physics || {};
  if (physics.enabled === false || (physics.stabilization || {}).enabled === false || !DATA.nodes.length) {
    settled();
  }
})();

/* ---- tables13: a row of the 任职/活动/文章 tables (tables.js) selects its node here: back to
 * the graph tab, then the same selection and zoom as a search hit. */
document.addEventListener("kg-select", (ev) => {
  const tab = document.getElementById("tab-graph");
  if (tab && tab.getAttribute("aria-selected") !== "true") tab.click();
  if (window.kgView && window.kgView.select) window.kgView.select(String(ev.detail), true);
});
