// History chart of a device page: one series at a time over 1 h to 1 y, read from
// /api/readings, which picks the resolution (raw, 5 min, 1 h, 1 day) from the number of points asked
// for. The line is the average, the band between min and max shows what a roll-up hides.
// Drawn by uPlot (WebJar org.webjars.npm:uplot), on a canvas: no inline style, no inline script.
(function () {
  const box = document.getElementById('chart-box');
  if (!box || typeof uPlot === 'undefined') return;
  const target = document.getElementById('chart');
  const select = document.getElementById('chart-series');
  const status = document.getElementById('chart-status');
  const seconds = { '1h': 3600, '24h': 86400, '7d': 7 * 86400, '30d': 30 * 86400, '1y': 365 * 86400 };
  let range = '24h';
  let plot = null;
  let asked = 0;
  // The axis and the legend tell the center's wall clock (DCIM_TIME_ZONE), not the browser's
  const zoneMeta = document.querySelector('meta[name="center-zone"]');
  const zone = zoneMeta ? zoneMeta.content : undefined;
  const tick = (fields) => new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: zone, hourCycle: 'h23' }, fields));
  const hourMinute = tick({ hour: '2-digit', minute: '2-digit' });
  const dayMonth = tick({ day: '2-digit', month: '2-digit' });
  const monthYear = tick({ month: '2-digit', year: 'numeric' });
  function axisLabels(spanSeconds) {
    const f = spanSeconds <= 2 * 86400 ? hourMinute : spanSeconds <= 62 * 86400 ? dayMonth : monthYear;
    return (u, splits) => {
      const labels = splits.map(v => f.format(new Date(v * 1000)));
      target.dataset.axis = labels.join('|'); // what the canvas shows, for a reader of the page's DOM
      return labels;
    };
  }

  function chosen() {
    const o = select.options[select.selectedIndex];
    return { metric: o.dataset.metric, instance: o.dataset.instance, unit: o.dataset.unit || '', label: o.textContent };
  }

  function width() {
    return Math.max(240, target.clientWidth || box.clientWidth - 20);
  }

  function load() {
    const s = chosen();
    const to = new Date();
    const from = new Date(to.getTime() - seconds[range] * 1000);
    // about one point per two pixels: finer than that cannot be seen
    const points = Math.min(1500, Math.max(60, Math.floor(width() / 2)));
    const query = new URLSearchParams({ device: box.dataset.device, metric: s.metric, instance: s.instance,
      from: from.toISOString(), to: to.toISOString(), points: String(points) });
    const mine = ++asked;
    delete target.dataset.points; // until this window is drawn (the specs wait for it)
    status.textContent = '…';
    fetch('/api/readings?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(r => r.ok ? r.json() : Promise.reject(new Error(String(r.status))))
      .then(data => { if (mine === asked) draw(data, s, from, to); })
      .catch(() => { if (mine === asked) status.textContent = box.dataset.failed; });
  }

  const numbers = new Intl.NumberFormat(document.documentElement.lang || 'vi', { maximumFractionDigits: 2 });
  const binary = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

  /** A value with its unit as the screens show it (Shown.quantity): bytes in the largest binary unit of at least 1. */
  function human(v, unit) {
    let step = binary.indexOf(unit === 'KB' ? 'KiB' : unit);
    if (step >= 0) {
      while (Math.abs(v) >= 1024 && step < binary.length - 1) { v /= 1024; step++; }
      return numbers.format(Math.round(v * 10) / 10) + ' ' + binary[step];
    }
    return numbers.format(v) + (unit ? ' ' + unit : '');
  }

  /** The width of the value axis: its longest label at the axis font, plus the ticks and the gap. */
  function axisWidth(u, values, axisIdx, cycleNum) {
    if (!values || cycleNum > 1) return u.axes[axisIdx]._size || 60;
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '12px system-ui, sans-serif';
    const widest = Math.max(...values.map(t => ctx.measureText(String(t)).width), 0);
    return Math.ceil(widest) + 24;
  }

  function draw(data, s, from, to) {
    const xs = [], avg = [], mins = [], maxs = [];
    for (const p of data.points) {
      xs.push(Date.parse(p.ts) / 1000);
      avg.push(p.value);
      mins.push(p.min);
      maxs.push(p.max);
    }
    target.dataset.points = String(xs.length);
    target.dataset.resolution = data.resolution;
    if (plot) { plot.destroy(); plot = null; }
    target.replaceChildren();
    // the resolution in the reader's words ("mỗi điểm đo", "trung bình 5 phút"), as the page's texts give them
    status.textContent = xs.length ? (box.getAttribute('data-res-' + data.resolution) || data.resolution)
                                   : box.dataset.noData;
    if (!xs.length) return;
    const shown = (u, v) => v == null ? '—' : human(v, s.unit);
    plot = new uPlot({
      width: width(),
      height: 260,
      // the whole window asked for, however few points it holds
      scales: { x: { time: true, range: () => [from.getTime() / 1000, to.getTime() / 1000] } },
      tzDate: ts => zone ? uPlot.tzDate(new Date(ts * 1e3), zone) : new Date(ts * 1e3),
      series: [
        { label: box.dataset.time, value: (u, v) => v == null ? '—' : window.centerTime(new Date(v * 1000).toISOString()) },
        { label: s.label, stroke: '#123a5c', width: 2, value: shown },
        { label: box.dataset.min, stroke: '#8fb0cf', width: 1, value: shown },
        { label: box.dataset.max, stroke: '#8fb0cf', width: 1, value: shown }
      ],
      bands: [{ series: [3, 2], fill: 'rgba(18, 58, 92, 0.15)' }],
      // the value axis as wide as its longest label, in units a person reads ("23,5 GiB", not 25276510208):
      // a fixed width cut the labels of large values
      axes: [{ values: axisLabels(seconds[range]) },
             { values: (u, splits) => {
                 const labels = splits.map(v => human(v, s.unit));
                 target.dataset.valueAxis = labels.join('|');
                 return labels;
               }, size: axisWidth }]
    }, [xs, avg, mins, maxs], target);
  }

  select.addEventListener('change', load);
  for (const b of box.querySelectorAll('button.range')) {
    b.addEventListener('click', () => {
      range = b.dataset.range;
      for (const other of box.querySelectorAll('button.range')) other.classList.toggle('chosen', other === b);
      load();
    });
  }
  let resized = null;
  window.addEventListener('resize', () => {
    clearTimeout(resized);
    resized = setTimeout(() => { if (plot) plot.setSize({ width: width(), height: 260 }); }, 200);
  });
  load();
})();
