// The live-run player (ui/live_player.py): plays the frames a server computed, at the browser's
// frame rate, and asks for the next chunk before it runs out. Play, Step and Reset live here so that
// Pause stops on the frame shown at once; the server is told which frame that is.
//
// data: {sync, playing, final, message, fps, low_water, labels, stats, panels, rows, history, frames}
// - sync changes whenever the server replaced the run's state (a new run, Pause, Step, Reset):
//   everything shown is then rebuilt from history + frames; otherwise new frames are queued.
// - a frame: {epoch, stats: {id: text}, layers: {panel: [layer]}, curves: {panel: [value per series]},
//   cells: {panel: [[text]]}, images: {panel: [base64 codes]}, end: message or null}
// The root element counts what it painted in data-paints, and shows data-epoch (tests, bench); on
// every sync, data-server-epoch is the epoch the server's run is at.

const FONT = "var(--st-font, 'Source Sans Pro', sans-serif)";
const INK = "#1f1f1f";
const GRID = "#e6e6e6";
const AXIS = "#888";
const players = new WeakMap();

function decode(b64) {
  const raw = atob(b64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

// an image sent as codes (base64, one byte a pixel, row 0 at the top) painted into a canvas of its size,
// each code coloured by palette[3 code .. 3 code + 2]
function paintCodes(canvas, b64, palette) {
  const codes = decode(b64);
  const ctx = canvas.getContext("2d");
  const pixels = ctx.createImageData(canvas.width, canvas.height);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] * 3;
    pixels.data[i * 4] = palette[c];
    pixels.data[i * 4 + 1] = palette[c + 1];
    pixels.data[i * 4 + 2] = palette[c + 2];
    pixels.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(pixels, 0, 0);
}

function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const unit = raw / power;
  return power * (unit < 1.5 ? 1 : unit < 3 ? 2 : unit < 7 ? 5 : 10);
}

function linearTicks(lo, hi, count) {
  if (!(hi > lo)) return [lo];
  const step = niceStep(hi - lo, count);
  const ticks = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return ticks;
}

function logTicks(lo, hi, count) {
  if (Math.log10(hi / lo) < 0.7) return linearTicks(lo, hi, count);  // less than a decade: plain numbers
  const ticks = [];
  const every = Math.max(1, Math.ceil(Math.log10(hi / lo) / Math.max(2, count)));  // decades between ticks
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    if (p % every !== 0) continue;
    for (const m of (Math.log10(hi / lo) < 2 ? [1, 2, 5] : [1])) {
      const v = m * Math.pow(10, p);
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

function tickText(v, step) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(0).replace("e+", "e");
  const digits = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return v.toLocaleString("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

// a scale's domain: given, or from the data (nice, and at least `min_span` wide)
function autoDomain(values, log, given) {
  if (given) return given;
  let lo = Infinity, hi = -Infinity;
  for (const v of values.flat()) {
    if (Number.isFinite(v) && (!log || v > 0)) { if (v < lo) lo = v; if (v > hi) hi = v; }
  }
  if (lo > hi) return log ? [0.1, 1] : [0, 1];
  if (log) {
    lo = Math.pow(10, Math.floor(Math.log10(lo) * 4) / 4);
    hi = Math.pow(10, Math.ceil(Math.log10(hi) * 4) / 4);
    return hi > lo ? [lo, hi] : [lo / 10, hi * 10];
  }
  lo = Math.min(0, lo);
  if (hi <= lo) hi = lo + 1;
  const step = niceStep(hi - lo, 5);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

class Panel {
  constructor(spec, scale) {
    this.spec = spec;
    this.scale = scale;
    this.el = document.createElement("div");
    this.el.className = `panel panel-${spec.kind}`;
    if (spec.title) {
      const title = document.createElement("div");
      title.className = "title";
      title.textContent = spec.title;
      this.el.appendChild(title);
    }
  }

  legend(items) {
    if (!items || !items.length) return;
    const box = document.createElement("div");
    box.className = "legend";
    for (const item of items) {
      const entry = document.createElement("span");
      const mark = document.createElement("i");
      mark.className = `mark mark-${item.mark || "line"}`;
      mark.style.setProperty("--c", item.colour);
      entry.append(mark, document.createTextNode(item.label));
      box.appendChild(entry);
    }
    this.el.appendChild(box);
  }
}

// A plot: a square plane (decision surface, fit) or a curve chart that grows frame by frame.
class PlotPanel extends Panel {
  constructor(spec, scale) {
    super(spec, scale);
    this.canvas = document.createElement("canvas");
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-label", spec.title || "");
    this.el.appendChild(this.canvas);
    this.legend(spec.legend);
    this.layers = [];
    this.series = (spec.curves || []).map(() => ({epochs: [], values: []}));
    this.images = new Map();
    this.palettes = spec.palettes || {};
    // static layers with an id and "hidden": data that "prefix" layers of the frames draw a part of
    this.named = Object.fromEntries((spec.static || []).filter((l) => l.id).map((l) => [l.id, l]));
  }

  resetCurves(history) {
    this.series = (this.spec.curves || []).map((_, i) => ({
      epochs: history ? [...history.epochs] : [],
      values: history ? [...history.series[i]] : [],
    }));
  }

  addCurvePoint(epoch, values) {
    this.series.forEach((s, i) => {
      if (s.epochs.length && s.epochs[s.epochs.length - 1] >= epoch) return;
      s.epochs.push(epoch);
      s.values.push(values[i] === null ? NaN : values[i]);
    });
  }

  margins() {
    const f = this.scale;
    return {left: Math.round(52 * f), right: Math.round(10 * f), top: Math.round(8 * f), bottom: Math.round(40 * f)};
  }

  // the canvas height that makes a square plot area in this width
  squareHeight(width) {
    const m = this.margins();
    return width - m.left - m.right + m.top + m.bottom;
  }

  image(layer) {
    const key = `${layer.w}x${layer.h}`;
    let off = this.images.get(key);
    if (!off) {
      off = document.createElement("canvas");
      off.width = layer.w;
      off.height = layer.h;
      this.images.set(key, off);
    }
    paintCodes(off, layer.codes, this.palettes[layer.palette]);
    return off;
  }

  // where things go in a width × height canvas: margins, domains, scales
  view(width, height) {
    const spec = this.spec;
    const m = this.margins();
    const pw = width - m.left - m.right, ph = height - m.top - m.bottom;
    const curves = this.series.length > 0;
    const lastEpoch = curves ? Math.max(0, ...this.series.map((s) => s.epochs[s.epochs.length - 1] || 0)) : 0;
    const xDomain = spec.x.domain || [0, Math.max(10, niceCeil(lastEpoch))];
    const log = !!spec.y.log;
    const yDomain = autoDomain(curves ? [...this.series.map((s) => s.values), spec.y.include || []] : [], log, spec.y.domain);
    const ty = log ? Math.log10 : (v) => v;
    const xLog = !!spec.x.log;
    const tx = xLog ? Math.log10 : (v) => v;
    return {
      m, pw, ph, width, height, xDomain, yDomain, log, xLog,
      sx: (v) => m.left + ((tx(v) - tx(xDomain[0])) / (tx(xDomain[1]) - tx(xDomain[0]))) * pw,
      sy: (v) => m.top + ph - ((ty(v) - ty(yDomain[0])) / (ty(yDomain[1]) - ty(yDomain[0]))) * ph,
    };
  }

  draw(dynamicLayers) {
    if (dynamicLayers) this.layers = dynamicLayers;
    const canvas = this.canvas;
    const width = canvas.clientWidth, height = canvas.clientHeight;
    if (!width || !height) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    if (!this.fontFamily) this.fontFamily = getComputedStyle(this.el).fontFamily;
    const v = this.view(width, height);
    const ctx = canvas.getContext("2d");
    const statics = (this.spec.static || []).filter((l) => !l.hidden);
    if (this.series.length === 0) {
      // fixed axes: the axes and the static layers are drawn once, into two pictures kept for every frame
      const key = `${canvas.width}x${canvas.height}`;
      if (this.cacheKey !== key) {
        this.below = this.offscreen(canvas, dpr, (c) => { this.axes(c, v); this.layersOf(c, v, statics.filter((l) => l.under)); });
        this.above = this.offscreen(canvas, dpr, (c) => { this.layersOf(c, v, statics.filter((l) => !l.under)); this.border(c, v); });
        this.cacheKey = key;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(this.below, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      this.layersOf(ctx, v, this.layers);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(this.above, 0, 0);
      return;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.axes(ctx, v);
    const curveLayers = [];
    (this.spec.curves || []).forEach((curve, i) => {
      const s = this.series[i];
      curveLayers.push({type: "line", x: s.epochs, y: s.values, colour: curve.colour, width: 3, log: v.log});
      const last = s.values.length - 1;
      if (last >= 0 && Number.isFinite(s.values[last])) {
        curveLayers.push({type: "points", x: [s.epochs[last]], y: [s.values[last]], colour: curve.colour, r: 4.5});
      }
    });
    this.layersOf(ctx, v, [...statics.filter((l) => l.under), ...this.layers, ...statics.filter((l) => !l.under), ...curveLayers]);
    this.border(ctx, v);
  }

  // the first n points of a named static layer (a path or a curve known in advance, drawn as far as a frame)
  prefix({of, n}) {
    const base = this.named[of];
    if (base.segs) return {...base, segs: base.segs.slice(0, 4 * n)};
    const part = {...base, x: base.x.slice(0, n), y: base.y.slice(0, n)};
    if (base.labels) part.labels = base.labels.slice(0, n);
    return part;
  }

  offscreen(canvas, dpr, paint) {
    const off = document.createElement("canvas");
    off.width = canvas.width;
    off.height = canvas.height;
    const c = off.getContext("2d");
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    paint(c);
    return off;
  }

  // every layer is cut at the plot area's edges, but a point (and its step number) on an edge is drawn whole
  layersOf(ctx, v, layers) {
    for (const given of layers) {
      const layer = given.type === "prefix" ? this.prefix(given) : given;
      const reach = layer.type === "points" ? ((layer.r || 4) + 3 + (layer.labels ? 18 : 0)) * this.scale : 0;
      ctx.save();
      ctx.beginPath();
      ctx.rect(v.m.left - reach, v.m.top - reach, v.pw + 2 * reach, v.ph + 2 * reach);
      ctx.clip();
      this.drawLayer(ctx, layer, v, v);
      ctx.restore();
    }
  }

  border(ctx, {m, pw, ph}) {
    ctx.strokeStyle = AXIS;
    ctx.lineWidth = 1;
    ctx.strokeRect(m.left + 0.5, m.top + 0.5, pw - 1, ph - 1);
  }

  // grid lines, tick labels and axis titles
  axes(ctx, {m, pw, ph, height, xDomain, yDomain, log, xLog, sx, sy}) {
    const spec = this.spec;
    const font = (px, weight = "") => `${weight} ${Math.round(px * this.scale)}px ${this.fontFamily}`;
    const xCount = Math.max(2, Math.floor(pw / (55 * this.scale)));
    const xTicks = xLog ? logTicks(xDomain[0], xDomain[1], xCount) : linearTicks(xDomain[0], xDomain[1], xCount);
    const yCount = Math.max(2, Math.floor(ph / (45 * this.scale)));
    const yTicks = log ? logTicks(yDomain[0], yDomain[1], yCount) : linearTicks(yDomain[0], yDomain[1], yCount);
    const xStep = xTicks.length > 1 ? xTicks[1] - xTicks[0] : 1;
    const yStep = yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1;
    const decades = log && Math.log10(yDomain[1] / yDomain[0]) >= 0.7;
    ctx.strokeStyle = GRID;
    ctx.lineWidth = 1;
    ctx.fillStyle = INK;
    ctx.font = font(12);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const t of xTicks) {
      const x = Math.round(sx(t)) + 0.5;
      ctx.beginPath(); ctx.moveTo(x, m.top); ctx.lineTo(x, m.top + ph); ctx.stroke();
      ctx.fillText(tickText(t, xLog ? Math.min(1, t) : xStep), x, m.top + ph + 4 * this.scale);
    }
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    // decades past 10,000 (or below 0.001) all as 1e4, 1e5, …: one format on one axis
    const powers = decades && yTicks.some((t) => t >= 1e4 || t < 1e-3);
    const yLabels = yTicks.map((t) => (powers ? t.toExponential(0).replace("e+", "e") : tickText(t, decades ? t : yStep)));
    // the labels keep clear of the axis title: too wide for the margin, they are drawn smaller
    const room = m.left - 25 * this.scale;
    const widest = Math.max(0, ...yLabels.map((text) => ctx.measureText(text).width));
    if (widest > room) ctx.font = font(12 * room / widest);
    yTicks.forEach((t, i) => {
      const y = Math.round(sy(t)) + 0.5;
      ctx.beginPath(); ctx.moveTo(m.left, y); ctx.lineTo(m.left + pw, y); ctx.stroke();
      ctx.fillText(yLabels[i], m.left - 5 * this.scale, y);
    });
    ctx.textAlign = "center";
    ctx.textBaseline = "bottom";
    ctx.font = font(13, "600");
    ctx.fillText(spec.x.title || "", m.left + pw / 2, height - 1);
    ctx.save();
    ctx.translate(Math.round(13 * this.scale), m.top + ph / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = "middle";
    ctx.fillText(spec.y.title || "", 0, 0);
    ctx.restore();
  }

  drawLayer(ctx, layer, {sx, sy}, {m, pw, ph}) {
    const f = this.scale;
    // a point off the plot area is not drawn (its layer's clip reaches past the edges: see layersOf)
    const inside = (px, py) => px >= m.left - 0.5 && px <= m.left + pw + 0.5 && py >= m.top - 0.5 && py <= m.top + ph + 0.5;
    ctx.setLineDash((layer.dash || []).map((d) => d * f));
    if (layer.type === "image") {
      const off = this.image(layer);
      const x0 = sx(layer.x[0]), x1 = sx(layer.x[1]), y0 = sy(layer.y[1]), y1 = sy(layer.y[0]);
      ctx.imageSmoothingEnabled = layer.smooth !== false;
      ctx.drawImage(off, x0, y0, x1 - x0, y1 - y0);
    } else if (layer.type === "line" || layer.type === "segments") {
      ctx.strokeStyle = layer.colour;
      ctx.lineWidth = (layer.width || 2.5) * f;
      ctx.lineJoin = "round";
      ctx.beginPath();
      if (layer.type === "segments") {
        const s = layer.segs;
        for (let i = 0; i + 3 < s.length; i += 4) { ctx.moveTo(sx(s[i]), sy(s[i + 1])); ctx.lineTo(sx(s[i + 2]), sy(s[i + 3])); }
      } else {
        let drawing = false;
        for (let i = 0; i < layer.x.length; i++) {
          const y = layer.y[i];
          if (!Number.isFinite(y) || (layer.log && y <= 0)) { drawing = false; continue; }
          const px = sx(layer.x[i]), py = Math.max(-1e4, Math.min(1e4, sy(y)));
          if (drawing) ctx.lineTo(px, py); else ctx.moveTo(px, py);
          drawing = true;
        }
      }
      ctx.stroke();
    } else if (layer.type === "hline") {
      ctx.strokeStyle = layer.colour;
      ctx.lineWidth = (layer.width || 2) * f;
      const y = sy(layer.y);
      ctx.beginPath(); ctx.moveTo(m.left, y); ctx.lineTo(m.left + pw, y); ctx.stroke();
    } else if (layer.type === "points") {
      const r = (layer.r || 4) * f;
      for (let i = 0; i < layer.x.length; i++) {
        if (layer.x[i] === null || layer.y[i] === null) continue;
        const colour = layer.colours ? layer.colours[i] : layer.colour;
        const hollow = Array.isArray(layer.hollow) ? layer.hollow[i] : layer.hollow;
        const px = sx(layer.x[i]), py = sy(layer.y[i]);
        if (!inside(px, py)) continue;
        ctx.beginPath();
        if (layer.shape === "diamond") {
          ctx.moveTo(px, py - r); ctx.lineTo(px + r, py); ctx.lineTo(px, py + r); ctx.lineTo(px - r, py); ctx.closePath();
        } else if (layer.shape === "square") {
          ctx.rect(px - r * 0.8, py - r * 0.8, 1.6 * r, 1.6 * r);
        } else if (layer.shape === "cross") {
          const a = r * 0.35;
          ctx.moveTo(px - a, py - r); ctx.lineTo(px + a, py - r); ctx.lineTo(px + a, py - a); ctx.lineTo(px + r, py - a);
          ctx.lineTo(px + r, py + a); ctx.lineTo(px + a, py + a); ctx.lineTo(px + a, py + r); ctx.lineTo(px - a, py + r);
          ctx.lineTo(px - a, py + a); ctx.lineTo(px - r, py + a); ctx.lineTo(px - r, py - a); ctx.lineTo(px - a, py - a);
          ctx.closePath();
        } else {
          ctx.arc(px, py, r, 0, 2 * Math.PI);
        }
        if (layer.shape === "ring") {
          ctx.strokeStyle = colour; ctx.lineWidth = 3 * f; ctx.stroke();
        } else if (["diamond", "square", "cross"].includes(layer.shape)) {
          ctx.fillStyle = colour; ctx.fill();
          ctx.strokeStyle = layer.shape === "diamond" ? INK : "white"; ctx.lineWidth = 1.2 * f; ctx.stroke();
        } else if (hollow) {
          ctx.fillStyle = "white"; ctx.fill();
          ctx.strokeStyle = colour; ctx.lineWidth = 2 * f; ctx.stroke();
        } else {
          ctx.fillStyle = colour; ctx.fill();
          ctx.strokeStyle = "white"; ctx.lineWidth = 1 * f; ctx.stroke();
        }
      }
      if (layer.labels) {  // step numbers beside their points
        ctx.fillStyle = INK;
        ctx.font = `bold ${Math.round(14 * f)}px ${this.fontFamily}`;
        ctx.textAlign = "left";
        ctx.textBaseline = "bottom";
        layer.labels.forEach((text, i) => {
          const px = sx(layer.x[i]), py = sy(layer.y[i]);
          if (text && inside(px, py)) ctx.fillText(text, px + 7 * f, py - 5 * f);
        });
      }
    }
    ctx.setLineDash([]);
  }
}

function niceCeil(v) {
  if (v <= 10) return 10;
  const step = niceStep(v, 5);
  return Math.ceil(v / step) * step;
}

// Small pictures, one per neuron, in rows (one row per layer).
class ThumbsPanel extends Panel {
  constructor(spec, scale) {
    super(spec, scale);
    this.canvases = [];
    for (const group of spec.groups) {
      const row = document.createElement("div");
      row.className = "thumb-row";
      for (const caption of group) {
        const figure = document.createElement("figure");
        const canvas = document.createElement("canvas");
        canvas.width = spec.cells;
        canvas.height = spec.cells;
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", caption);
        const label = document.createElement("figcaption");
        label.textContent = caption;
        figure.append(canvas, label);
        row.appendChild(figure);
        this.canvases.push(canvas);
      }
      this.el.appendChild(row);
    }
  }

  draw(images) {
    if (!images) return;
    images.forEach((b64, k) => {
      if (this.canvases[k]) paintCodes(this.canvases[k], b64, this.spec.palette);
    });
  }
}

// A table whose cells change with the frame (XOR's outputs, a confusion matrix).
class TablePanel extends Panel {
  constructor(spec, scale) {
    super(spec, scale);
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const text of spec.columns) {
      const th = document.createElement("th");
      th.textContent = text;
      head.appendChild(th);
    }
    this.body = table.createTBody();
    this.el.appendChild(table);
  }

  draw(rows) {
    if (!rows) return;
    while (this.body.rows.length > rows.length) this.body.deleteRow(-1);
    rows.forEach((cells, r) => {
      const row = this.body.rows[r] || this.body.insertRow();
      cells.forEach((text, c) => {
        const cell = row.cells[c] || row.insertCell();
        if (cell.textContent !== String(text)) cell.textContent = text;
      });
    });
  }
}

class Player {
  constructor(root, setTriggerValue) {
    this.root = root;
    this.send = setTriggerValue;
    this.requests = 0;
    this.mount = Math.random().toString(36).slice(2);  // request ids are this player's own
    this.pending = null;
    this.retry = setInterval(() => this.resend(), 1000);
    this.paints = 0;
    this.stalls = 0;
    this.sync = null;
    this.queue = [];
    this.pos = -1;
    this.playing = false;
    this.waiting = false;
    this.tick = this.tick.bind(this);
    this.resize = new ResizeObserver(() => this.layout());
  }

  build(data) {
    this.data = data;
    this.scale = data.font_scale || 1;
    this.root.replaceChildren();
    this.root.style.setProperty("--scale", this.scale);
    const bar = document.createElement("div");
    bar.className = "bar";
    const buttons = document.createElement("div");
    buttons.className = "buttons";
    this.playButton = this.button("play", () => this.click(this.playing ? "pause" : "play"));
    this.stepButton = this.button("step", () => this.click("step"));
    this.resetButton = this.button("reset", () => this.click("reset"));
    buttons.append(this.playButton, this.stepButton, this.resetButton);
    this.statsBox = document.createElement("div");
    this.statsBox.className = "stats";
    this.statEls = {};
    for (const stat of data.stats) {
      const box = document.createElement("div");
      box.className = "stat";
      if (stat.help) box.title = stat.help;
      const label = document.createElement("div");
      label.className = "stat-label";
      label.textContent = stat.label;
      const value = document.createElement("div");
      value.className = "stat-value";
      value.textContent = "–";
      box.append(label, value);
      this.statsBox.appendChild(box);
      this.statEls[stat.id] = value;
    }
    bar.append(buttons, this.statsBox);
    this.noteBox = document.createElement("div");
    this.noteBox.className = "note";
    this.messageBox = document.createElement("div");
    this.messageBox.className = "message";
    this.messageBox.setAttribute("role", "alert");
    this.root.append(bar, this.messageBox, this.noteBox);
    this.panels = {};
    this.rows = [];
    for (const ids of data.rows) {
      const row = document.createElement("div");
      row.className = "row";
      for (const id of ids) {
        const spec = data.panels.find((p) => p.id === id);
        const kind = {plot: PlotPanel, thumbs: ThumbsPanel, table: TablePanel}[spec.kind];
        const panel = new kind(spec, this.scale);
        this.panels[id] = panel;
        row.appendChild(panel.el);
      }
      this.rows.push(row);
      this.root.appendChild(row);
    }
    this.captionBox = document.createElement("div");
    this.captionBox.className = "caption";
    this.root.appendChild(this.captionBox);
    this.resize.disconnect();
    this.resize.observe(this.root);
  }

  button(name, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `btn btn-${name}`;
    b.addEventListener("click", onClick);
    return b;
  }

  // the squares' side from their width, and short enough to end on the first screen (a projector's
  // window) when they start on it; the other plots as tall as them
  layout() {
    for (const row of this.rows) {
      const plots = [...row.children].map((el) => Object.values(this.panels).find((p) => p.el === el))
        .filter((p) => p instanceof PlotPanel);
      let height = 0;
      for (const p of plots.filter((p) => p.spec.square)) {
        const top = p.canvas.getBoundingClientRect().top + window.scrollY;
        const room = Math.max(240, window.innerHeight - top - 12);  // the canvas's height, axes included
        const m = p.margins();
        const width = Math.min(p.el.clientWidth, room - m.top - m.bottom + m.left + m.right);
        p.canvas.style.width = `${width}px`;
        const h = p.squareHeight(width);
        p.canvas.style.height = `${h}px`;
        height = Math.max(height, h);
      }
      for (const p of plots.filter((p) => !p.spec.square)) {
        p.canvas.style.width = "100%";
        p.canvas.style.height = `${height || Math.round((p.spec.height || 300) * this.scale)}px`;
      }
    }
    this.paint(false);
  }

  update(data) {
    const rebuild = !this.data || JSON.stringify(this.data.panels) !== JSON.stringify(data.panels)
      || JSON.stringify(this.data.rows) !== JSON.stringify(data.rows) || this.data.font_scale !== data.font_scale
      || JSON.stringify(this.data.labels) !== JSON.stringify(data.labels) || JSON.stringify(this.data.stats)
      !== JSON.stringify(data.stats);
    if (rebuild && this.panels && this.sync === data.sync) {
      // the same run in other words (the language, presenter mode): new pictures, the run plays on
      this.build(data);
      for (const [id, panel] of Object.entries(this.panels)) {
        if (panel instanceof PlotPanel) panel.resetCurves(data.history && data.history[id]);
      }
      this.data = data;
      this.layout();
      if (this.frame) this.show(this.frame);
    }
    if (this.sync !== data.sync || !this.panels) {
      this.pending = null;
      if (rebuild) this.build(data);
      this.data = data;
      const first = this.sync === null;
      this.sync = data.sync;
      this.queue = data.frames.slice();
      this.pos = 0;
      this.waiting = false;
      for (const [id, panel] of Object.entries(this.panels)) {
        if (panel instanceof PlotPanel) panel.resetCurves(data.history && data.history[id]);
      }
      // a replay restarted by Play comes back whole (final) and still plays; its last frame stops it
      this.playing = first ? !!data.playing && !data.final : this.playing && !!data.playing;
      this.message = data.message || "";
      this.root.dataset.sync = data.sync;
      this.root.dataset.serverEpoch = data.frames[0].epoch;  // where the server's run is (tests)
      if (rebuild) this.layout();
      this.show(this.queue[0]);
    } else {
      this.data = data;
      const last = this.queue.length ? this.queue[this.queue.length - 1].epoch : -1;
      const fresh = data.frames.filter((f) => f.epoch > last);
      const tail = this.queue[this.queue.length - 1];
      const ending = data.frames.find((f) => f.end && tail && f.epoch === tail.epoch && !tail.end);
      if (ending) this.queue[this.queue.length - 1] = ending;  // a run that diverged in its next epoch
      if (fresh.length) {
        if (this.pending && this.pending.request.do === "play") this.pending = null;
        this.queue.push(...fresh);
        this.waiting = false;
      } else if (data.frames.length === 0 || data.final) {
        this.waiting = false;
      }
    }
    this.final = !!data.final;
    this.buttons();
    if (this.playing) this.start();
    if (this.next && !this.awaitingState()) {
      const next = this.next;
      this.next = null;
      this.click(next);
    }
  }

  // Step, Pause and Reset replace the server's run: a click made before the server answered one of them
  // waits for that answer (sent at once, it would carry the frame shown before the answer, and Step then
  // Play would undo the step and lose the Play); the last such click is carried out when the answer comes
  awaitingState() {
    const p = this.pending;
    return !!p && p.request.do !== "play" && performance.now() - p.since < 20000;
  }

  click(what) {
    if (this.awaitingState()) {
      this.next = what;
      return;
    }
    if (what === "play") this.play();
    else if (what === "pause") this.pause();
    else this.act(what);
  }

  buttons() {
    const labels = this.data.labels;
    this.playButton.textContent = this.playing ? labels.pause : labels.play;
    this.playButton.setAttribute("aria-pressed", String(this.playing));
    const atEnd = this.final && this.pos >= this.queue.length - 1;
    this.playButton.disabled = !this.playing && atEnd && !this.data.replay;  // a replay plays again
    this.stepButton.textContent = labels.step;
    this.stepButton.disabled = this.playing || (atEnd && !this.data.replay);
    this.resetButton.textContent = labels.reset;
    this.messageBox.textContent = this.message;
    this.messageBox.hidden = !this.message;
  }

  // a request to the server; Play, Pause, Step and Reset are sent again until answered (a request can be
  // lost in a busy server's queue), with the same id, which the server carries out once
  act(what, extra = {}) {
    this.requests += 1;
    const frame = this.queue[this.pos];
    const request = {do: what, at: frame ? frame.epoch : 0, id: `${this.mount}:${this.requests}`, ...extra};
    this.send("action", request);
    this.pending = what === "more" ? null : {request, since: performance.now(), tries: 1};
  }

  resend() {
    const p = this.pending;
    if (!p || performance.now() - p.since < 4000 * p.tries || p.tries >= 5) return;
    p.tries += 1;
    this.send("action", {...p.request, try: p.tries});
  }

  play() {
    this.playing = true;
    this.final = false;  // a replay at its end starts again: wait for the server's first frames
    this.message = "";
    this.act("play");
    this.waiting = true;
    this.waitingSince = performance.now();
    this.buttons();
    this.start();
  }

  pause() {
    this.playing = false;
    this.act("pause");
    this.buttons();
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.last = performance.now();
    requestAnimationFrame(this.tick);
  }

  tick(now) {
    if (!this.playing || !this.root.isConnected) { this.running = false; return; }
    const frameMs = 1000 / (this.data.fps || 30);
    if (now - this.last >= frameMs - 2) {
      if (this.pos < this.queue.length - 1) {
        this.pos += 1;
        this.last = now - Math.min(frameMs, now - this.last - frameMs);
        this.show(this.queue[this.pos]);
        if (this.pos > 120) { this.queue.splice(0, this.pos - 1); this.pos = 1; }
      } else if (!this.final) {
        this.stalls += 1;
        this.root.dataset.stalls = this.stalls;
      } else {  // the run's last frame is shown: Play switches itself off
        this.playing = false;
        this.act("pause");
        this.buttons();
        this.paint(false);
        this.running = false;
        return;
      }
    }
    const left = this.queue.length - 1 - this.pos;
    const late = this.waiting && now - this.waitingSince > 5000;
    if (this.playing && !this.final && left < (this.data.low_water || 30) && (!this.waiting || late)) {
      this.waiting = true;
      this.waitingSince = now;
      const last = this.queue[this.queue.length - 1];
      this.act("more", {have: last ? last.epoch : 0});
    }
    requestAnimationFrame(this.tick);
  }

  show(frame) {
    if (!frame) return;
    this.frame = frame;
    for (const [id, panel] of Object.entries(this.panels)) {
      if (panel instanceof PlotPanel && frame.curves && frame.curves[id]) panel.addCurvePoint(frame.epoch, frame.curves[id]);
    }
    this.paint(true);
    if (frame.end) {
      this.message = frame.end;
      if (this.playing) {
        this.playing = false;
        this.act("pause");
      }
      this.final = true;
      this.buttons();
    }
  }

  paint(counted) {
    const frame = this.frame;
    if (!frame || !this.panels) return;
    for (const stat of this.data.stats) {
      const text = frame.stats[stat.id] ?? "–";
      if (this.statEls[stat.id].textContent !== text) this.statEls[stat.id].textContent = text;
    }
    for (const [id, panel] of Object.entries(this.panels)) {
      if (panel instanceof PlotPanel) panel.draw(frame.layers && frame.layers[id]);
      else if (panel instanceof ThumbsPanel) panel.draw(frame.images && frame.images[id]);
      else panel.draw(frame.cells && frame.cells[id]);
    }
    if (counted) {
      this.paints += 1;
      this.root.dataset.paints = this.paints;
    }
    const caption = frame.caption || "";
    if (this.captionBox.textContent !== caption) this.captionBox.textContent = caption;
    const note = frame.note || "";
    if (this.noteBox.textContent !== note) this.noteBox.textContent = note;
    this.noteBox.hidden = !note;
    this.root.dataset.epoch = frame.epoch;
    this.root.dataset.playing = String(this.playing);
  }
}

export default function (component) {
  const { parentElement, setTriggerValue } = component;
  // the server sends its JSON as bytes: hashed and sent as they are, not encoded twice
  const data = component.data instanceof Uint8Array ? JSON.parse(new TextDecoder().decode(component.data)) : component.data;
  let root = parentElement.querySelector(".nnx-player");
  if (!root) {
    root = document.createElement("div");
    root.className = "nnx-player";
    parentElement.appendChild(root);
  }
  let player = players.get(root);
  if (!player) {
    player = new Player(root, setTriggerValue);
    players.set(root, player);
  }
  player.send = setTriggerValue;
  player.update(data);
  // Streamlit also calls the cleanup of a render that newer data overtook while the component stays on
  // the page (its loader was still awaiting when the data changed): that must not stop the player
  return () => {
    if (root.isConnected) return;
    player.playing = false;
    player.resize.disconnect();
    clearInterval(player.retry);
  };
}
