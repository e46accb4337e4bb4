// The chain explorer: asks /chains for the control chains from one thing to another on a date and
// draws them with Cytoscape.js in a layered (dagre) layout, top to bottom. Clicking a node or an edge
// shows what it is and the evidence behind it; clicking a chain in the list highlights it.
(function () {
  "use strict";

  const root = document.getElementById("explorer");
  const base = root.dataset.base;          // this server, ending in "/"
  const idBase = root.dataset.idBase;      // the base of minted IRIs, ending in "id/"
  const form = document.getElementById("chain-form");
  const status = document.getElementById("status");
  const details = document.getElementById("details");
  const list = document.getElementById("chains");
  const svgLink = document.getElementById("svg-link");

  cytoscape.use(cytoscapeDagre);

  const cy = cytoscape({
    container: document.getElementById("graph"),
    style: [
      { selector: "node", style: {
          "label": "data(label)", "text-wrap": "wrap", "text-max-width": "160px", "font-size": "11px",
          "text-valign": "center", "text-halign": "center", "shape": "round-rectangle",
          "width": "170px", "height": "44px", "background-color": "#eef2f7", "border-width": 1,
          "border-color": "#6b7a90", "color": "#1d2733" } },
      { selector: "node.source", style: { "background-color": "#fde8c8", "border-color": "#b26b00" } },
      { selector: "node.target", style: { "background-color": "#d9f0e3", "border-color": "#2f7a4d" } },
      { selector: "edge", style: {
          "label": "data(label)", "font-size": "9px", "text-wrap": "wrap", "text-background-color": "#fff",
          "text-background-opacity": 0.85, "curve-style": "bezier", "target-arrow-shape": "triangle",
          "width": 1.5, "line-color": "#8a97a8", "target-arrow-color": "#8a97a8" } },
      { selector: "edge.strong", style: { "width": 2.5, "line-color": "#34495e", "target-arrow-color": "#34495e" } },
      { selector: ".faded", style: { "opacity": 0.15 } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#c0392b", "line-color": "#c0392b",
          "target-arrow-color": "#c0392b" } },
    ],
  });
  window.partygraphExplorer = { cy: cy };

  const STRONG = new Set(["authority", "controls", "holds", "decided"]);

  function href(iri) {
    return iri.startsWith(idBase) ? base + "id/" + iri.slice(idBase.length) : iri;
  }

  function text(tag, value, cls) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  function link(label, url) {
    const a = text("a", label);
    a.href = url;
    return a;
  }

  function params() {
    const p = new URLSearchParams();
    for (const name of ["from", "to", "at", "k"]) {
      const value = form.elements[name].value.trim();
      if (value) p.set(name, value);
    }
    return p;
  }

  function period(edge) {
    if (edge.since && edge.until) return edge.since + " – " + edge.until;
    if (edge.since) return "since " + edge.since;
    if (edge.until) return "until " + edge.until;
    return "";
  }

  function showChoices(which, body) {
    status.textContent = body.detail;
    const ul = document.createElement("ul");
    ul.className = "candidates";
    for (const c of body.candidates || []) {
      const li = document.createElement("li");
      const a = link(c.label, "#");
      a.addEventListener("click", (event) => {
        event.preventDefault();
        form.elements[which].value = c.iri;
        run();
      });
      li.append(a, text("code", " " + c.iri));
      ul.append(li);
    }
    details.replaceChildren(text("p", "Which one?"), ul);
  }

  function draw(result) {
    const nodes = new Map();
    const edges = [];
    result.chains.forEach((chain, i) => {
      chain.edges.forEach((edge, j) => {
        for (const end of [edge.source, edge.target]) {
          if (!nodes.has(end.iri)) nodes.set(end.iri, { data: { id: end.iri, label: end.label } });
        }
        const id = "e" + i + "-" + j;
        if (!edges.some((e) => e.data.source === edge.source.iri && e.data.target === edge.target.iri &&
                               e.data.mechanism === edge.mechanism)) {
          edges.push({ data: { id: id, source: edge.source.iri, target: edge.target.iri, mechanism: edge.mechanism,
                               label: edge.mechanism + (period(edge) ? "\n" + period(edge) : ""), edge: edge },
                       classes: STRONG.has(edge.mechanism) ? "strong" : "" });
        }
      });
    });
    cy.elements().remove();
    cy.add([...nodes.values(), ...edges]);
    if (result.chains.length) {
      const first = result.chains[0].edges;
      cy.getElementById(first[0].source.iri).addClass("source");
      cy.getElementById(first[first.length - 1].target.iri).addClass("target");
    }
    cy.layout({ name: "dagre", rankDir: "TB", nodeSep: 30, rankSep: 70, padding: 20 }).run();
    root.dataset.nodes = String(cy.nodes().length);
    root.dataset.edges = String(cy.edges().length);
  }

  function listChains(result) {
    list.replaceChildren();
    result.chains.forEach((chain, i) => {
      const li = document.createElement("li");
      const steps = [chain.edges[0].source.label].concat(chain.edges.map((e) => "→ " + e.mechanism + " → " + e.target.label));
      const a = link(steps.join(" "), "#");
      a.dataset.chain = String(i);
      a.addEventListener("click", (event) => {
        event.preventDefault();
        const ids = new Set(chain.edges.flatMap((e) => [e.source.iri, e.target.iri]));
        cy.elements().addClass("faded");
        cy.nodes().filter((n) => ids.has(n.id())).removeClass("faded");
        cy.edges().filter((e) => chain.edges.some((c) => c.source.iri === e.data("source") &&
          c.target.iri === e.data("target") && c.mechanism === e.data("mechanism"))).removeClass("faded");
      });
      li.append(a, text("span", " (cost " + chain.cost + ")", "cost"));
      list.append(li);
    });
  }

  cy.on("tap", "node", (event) => {
    const node = event.target;
    cy.elements().removeClass("faded");
    details.replaceChildren(text("h3", node.data("label")), link(node.id(), href(node.id())));
    details.dataset.kind = "node";
  });

  cy.on("tap", "edge", (event) => {
    const edge = event.target.data("edge");
    const parts = [text("h3", edge.source.label + " → " + edge.mechanism + " → " + edge.target.label)];
    if (period(edge)) parts.push(text("p", period(edge), "period"));
    const ul = document.createElement("ul");
    for (const ev of edge.evidence || []) {
      const li = document.createElement("li");
      if (ev.quote) li.append(text("q", ev.quote), " ");
      if (ev.source) li.append(link("source", ev.source.startsWith("http") ? href(ev.source) : ev.source));
      ul.append(li);
    }
    parts.push(ul);
    details.replaceChildren(...parts);
    details.dataset.kind = "edge";
  });

  async function run() {
    const p = params();
    if (!p.get("from") || !p.get("to")) {
      status.textContent = "Give a from and a to.";
      return;
    }
    history.replaceState(null, "", "?" + p.toString());
    svgLink.href = base + "chains.svg?" + p.toString();
    svgLink.hidden = false;
    status.textContent = "Looking for chains…";
    const response = await fetch(base + "chains?" + p.toString(), { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (response.status === 300) {
      const which = (body.detail || "").includes(p.get("to")) ? "to" : "from";
      showChoices(which, body);
      return;
    }
    if (!response.ok) {
      status.textContent = typeof body.detail === "string" ? body.detail : "The request failed (" + response.status + ").";
      cy.elements().remove();
      list.replaceChildren();
      return;
    }
    draw(body);
    listChains(body);
    const n = body.chains.length;
    status.textContent = n ? n + " chain" + (n === 1 ? "" : "s") + " on " + body.at + "." : "No chain on " + body.at + ".";
    root.dataset.ready = "true";
  }

  // Autocomplete from /search, for the two name fields.
  for (const name of ["from", "to"]) {
    const input = form.elements[name];
    const options = document.getElementById(name + "-options");
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2 || q.startsWith("http")) return;
      timer = setTimeout(async () => {
        // What a chain can start or end at: bodies (councils among them), people, posts, policies.
        const kinds = "&kind=body&kind=person&kind=post&kind=policy";
        const response = await fetch(base + "search?limit=8" + kinds + "&q=" + encodeURIComponent(q));
        if (!response.ok) return;
        const hits = await response.json();
        options.replaceChildren(...hits.map((h) => { const o = document.createElement("option"); o.value = h.label; return o; }));
      }, 200);
    });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });

  if (form.elements.from.value && form.elements.to.value) run();
})();
