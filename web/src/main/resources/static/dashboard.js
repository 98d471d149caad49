// The shift's dashboard (Art. 30.8a: real-time state on one central interface). Each site is drawn
// from /api/dashboard/sites/{id} and drawn again when the server pushes a change (server-sent
// events, as the alarm console). Every word comes translated from the page (#texts).
(function () {
  const texts = {};
  document.querySelectorAll('#texts [data-k]').forEach(e => { texts[e.dataset.k] = e.textContent; });
  const t = (k, fallback) => (k in texts ? texts[k] : (fallback !== undefined ? fallback : k));
  const cockpit = document.getElementById('cockpit');
  const live = document.getElementById('live');
  const wall = cockpit && cockpit.dataset.wall === 'true';
  const sites = Array.from(document.querySelectorAll('article.site'));
  const devicesOf = {};   // site id -> set of device ids it shows
  const STAGES = [['feed', 'generator'], ['ats'], ['ups'], ['pdu'], ['rack']];

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text != null) e.textContent = text;
    return e;
  }

  function number(v) {
    if (v == null || v === undefined) return '—';
    const a = Math.abs(v);
    return a >= 100 ? String(Math.round(v)) : a >= 10 ? v.toFixed(1).replace(/\.0$/, '') : v.toFixed(2).replace(/\.?0+$/, '');
  }

  function shown(v) {
    if (v.metric.endsWith('.power') && v.unit === 'W' && v.value != null && Math.abs(v.value) >= 1000) {
      return number(v.value / 1000) + ' kW';
    }
    if (v.text) return t('dash.t.' + v.text, v.text);
    const unit = v.unit === 'min' ? ' ' + t('dash.minutes') : v.unit === 'd' ? ' ' + t('dash.days') : v.unit ? ' ' + v.unit : '';
    return number(v.value) + unit;
  }

  function values(card, list, measured) {
    const dl = el('dl', 'values');
    for (const v of list) {
      const dt = el('dt', null, t('dash.m.' + v.metric, v.metric) + (v.instance && v.instance !== '0' && v.instance !== '1' ? ' (' + t('dash.row', 'no.') + ' ' + v.instance + ')' : ''));
      const dd = el('dd', v.stale ? 'stale' : null, shown(v));
      dd.dataset.metric = v.metric;
      dd.title = window.centerTime(v.ts) + (v.stale ? ' — ' + t('dash.stale') : '');
      if (v.stale) dd.appendChild(el('span', 'stale-mark', ' (' + t('dash.stale') + ')'));
      dl.append(dt, dd);
    }
    if (list.length === 0 && measured) dl.appendChild(el('dd', 'nodata', t('dash.nodata')));
    card.appendChild(dl);
  }

  function titleOf(e) {
    if (e.deviceId) {
      const a = el('a', null, e.name);
      a.href = '/ui/devices/' + encodeURIComponent(e.deviceId);
      return a;
    }
    if (e.rackId) {
      const a = el('a', null, e.name);
      a.href = '/ui/racks/' + e.rackId;
      return a;
    }
    return el('span', null, e.name);
  }

  function card(e, id) {
    const c = el('div', 'card state-' + e.state);
    if (id) c.id = id;
    const h = el('div', 'card-title');
    h.appendChild(titleOf(e));
    h.appendChild(el('span', 'badge', t('dash.state.' + e.state, e.state)));
    c.appendChild(h);
    // what the element's own readings say (a UPS on battery, a feed at 0 V), in the reader's language
    if (e.said) c.appendChild(el('div', 'said', e.said));
    values(c, e.values, !!e.deviceId);
    return c;
  }

  // The live stream re-draws the chain every few seconds: the answer to "what if" is kept per site and
  // shown again in each new drawing, and written where the page shows it when it arrives, not into the
  // drawing the question was asked in (on a slow machine that one is gone by then).
  const outages = {};

  function chain(site, view, body) {
    const box = el('section', 'block chain');
    box.appendChild(el('h3', null, t('dash.power')));
    const byId = {};
    view.chain.forEach(n => { byId[n.id] = n; });
    const stages = el('div', 'stages');
    for (const kinds of STAGES) {
      const col = el('div', 'stage');
      const nodes = view.chain.filter(n => kinds.includes(n.kind));
      if (nodes.length === 0) continue;
      for (const n of nodes) {
        const c = card(n, 'node-' + n.id);
        c.insertBefore(el('div', 'kind', t('dash.kind.' + n.kind, n.kind)), c.firstChild);
        const inputs = view.links.filter(l => l.to === n.id).map(l => byId[l.from] ? byId[l.from].name + (l.side ? ' (' + l.side + ')' : '') : '');
        if (inputs.length) c.appendChild(el('div', 'fed', '← ' + inputs.join(', ')));
        const ask = el('button', 'what-if', t('dash.outage'));
        ask.dataset.node = n.id;
        c.appendChild(ask);
        col.appendChild(c);
      }
      stages.appendChild(col);
    }
    box.appendChild(stages);
    const answer = el('div', 'outage');
    answer.id = 'outage-' + site;
    if (outages[site]) showOutage(site, answer, outages[site]);
    box.appendChild(answer);
    box.addEventListener('click', ev => {
      const b = ev.target.closest('button.what-if');
      if (b) whatIf(site, b.dataset.node);
    });
    body.appendChild(box);
  }

  async function whatIf(site, node) {
    const r = await fetch('/api/power-chain/nodes/' + node + '/outage');
    if (!r.ok) return;
    const impacts = await r.json();
    // the servers plugged into the chain's PDUs, by what the failure does to each
    const d = await fetch('/api/power-connections/outage/' + node, {headers: {Accept: 'application/json'}});
    const servers = d.ok ? (await d.json()).filter(x => x.outcome !== 'unaffected') : [];
    outages[site] = {impacts, servers};
    const answer = document.getElementById('outage-' + site);
    if (answer) {
      showOutage(site, answer, outages[site]);
      // the answer opens where the eye is: under the chain, often below the fold of a desk screen
      answer.scrollIntoView({block: 'nearest'});
    }
  }

  function showOutage(site, answer, {impacts, servers: hit}) {
    answer.replaceChildren();
    const failed = impacts.find(i => i.effect === 'failed');
    answer.appendChild(el('h4', null, t('dash.outage') + (failed ? ' — ' + failed.element.display : '')));
    const ul = el('ul');
    for (const i of impacts.filter(x => x.effect !== 'failed')) {
      let text = i.element.display + ': ' + t('dash.effect.' + i.effect, i.effect);
      if (i.effect === 'on_battery') {
        text += ' (' + (i.batteryMinutes == null ? t('dash.battery.unknown') : number(i.batteryMinutes) + ' ' + t('dash.minutes')) + ')';
      }
      ul.appendChild(el('li', 'effect-' + i.effect, text));
    }
    if (!ul.children.length) ul.appendChild(el('li', null, t('dash.outage.none')));
    answer.appendChild(ul);
    if (hit.length) {
      answer.appendChild(el('h4', null, t('dash.servers')));
      const servers = el('ul', 'servers');
      for (const x of hit) {
        let text = x.device.display + ': ' + t('dash.outcome.' + x.outcome, x.outcome);
        if (x.outcome === 'on_battery') {
          text += ' (' + (x.batteryMinutes == null ? t('dash.battery.unknown') : number(x.batteryMinutes) + ' ' + t('dash.minutes')) + ')';
        }
        const li = el('li', 'outcome-' + x.outcome, text);
        li.dataset.device = x.device.display;
        li.dataset.outcome = x.outcome;
        servers.appendChild(li);
      }
      answer.appendChild(servers);
    }
    const close = el('button', 'close', t('dash.outage.close'));
    close.addEventListener('click', () => {
      delete outages[site];
      answer.replaceChildren();
    });
    answer.appendChild(close);
  }

  // A block of cards under its heading, one cardOf(item) for each item of the list; no block for an empty list.
  function block(cls, title, list, body, cardOf) {
    if (!list.length) return;
    const box = el('section', 'block ' + cls);
    box.appendChild(el('h3', null, title));
    const grid = el('div', 'cards');
    list.forEach(e => grid.appendChild(cardOf(e)));
    box.appendChild(grid);
    body.appendChild(box);
  }

  function cards(title, list, body, cls) {
    block(cls, title, list, body, e => {
      const c = card(e, cls + '-' + e.deviceId);
      const door = e.values.find(v => v.metric === 'door.state');
      if (door) c.appendChild(el('div', 'fed', t('dash.last') + ': ' + window.centerTime(door.ts)));
      return c;
    });
  }

  function summary(view, body) {
    const tiles = el('div', 'tiles summary');
    const alarms = el('a', 'tile alarms');
    alarms.href = '/ui/alarms';
    alarms.appendChild(el('span', 'label', t('dash.alarms')));
    const counts = el('span', 'counts');
    // every severity the console lists, so that the two counts agree
    for (const [sev, n] of Object.entries(view.alarms)) {
      counts.appendChild(el('span', 'count sev-' + sev + (n ? '' : ' zero'), n + ' ' + t('dash.state.' + sev, sev)));
    }
    alarms.appendChild(counts);
    const pue = el('div', 'tile pue');
    pue.id = 'pue-' + view.siteId;
    pue.appendChild(el('span', 'label', t('dash.pue')));
    if (view.pue.value != null) {
      pue.appendChild(el('span', 'n', number(view.pue.value)));
      pue.appendChild(el('span', 'sub', t('dash.facility') + ' ' + number(view.pue.facilityKw) + ' kW ÷ ' + t('dash.it') + ' ' + number(view.pue.itKw) + ' kW'));
    } else {
      pue.appendChild(el('span', 'n missing', '—'));
      pue.appendChild(el('span', 'sub', t('dash.pue.' + view.pue.missing, view.pue.missing)));
    }
    const work = el('a', 'tile work');
    work.href = '/ui/workorders';
    work.appendChild(el('span', 'label', t('dash.workorders')));
    work.appendChild(el('span', 'n', String(view.workOrders.length)));
    view.workOrders.slice(0, 5).forEach(w => work.appendChild(el('span', 'sub', '#' + w.id + ' ' + w.plan + (w.crew ? ' — ' + w.crew : ''))));
    tiles.append(alarms, pue, work);
    body.appendChild(tiles);
  }

  function rooms(view, body) {
    block('rooms', t('dash.rooms'), view.rooms, body, r => {
      const c = el('div', 'card room');
      c.id = 'room-' + r.id;
      c.appendChild(el('div', 'card-title', r.name));
      const list = [];
      if (r.temperature) list.push(r.temperature);
      if (r.humidity) list.push(r.humidity);
      const dl = el('dl', 'values');
      for (const [label, v, min, max] of [[t('dash.temperature'), r.temperature, r.temperatureMin24h, r.temperatureMax24h],
                                          [t('dash.humidity'), r.humidity, r.humidityMin24h, r.humidityMax24h]]) {
        if (!v) continue;
        dl.appendChild(el('dt', null, label));
        const dd = el('dd', v.stale ? 'stale' : null, shown(v) + (v.stale ? ' (' + t('dash.stale') + ')' : ''));
        dd.dataset.metric = v.metric;
        dl.appendChild(dd);
        if (min != null && max != null) dl.appendChild(el('dd', 'range', t('dash.min24') + ' ' + number(min) + ' · ' + t('dash.max24') + ' ' + number(max)));
      }
      c.appendChild(dl);
      return c;
    });
  }

  function isp(view, body) {
    block('isp', t('dash.isp'), view.isp, body, l => {
      const c = el('div', 'card state-' + (l.up == null ? 'unknown' : l.up ? 'ok' : 'critical'));
      c.appendChild(el('div', 'card-title', l.provider));
      const dl = el('dl', 'values');
      dl.append(el('dt', null, t('dash.status')), el('dd', null, l.up == null ? t('dash.nodata') : l.up ? t('dash.up') : t('dash.down')));
      dl.append(el('dt', null, t('dash.latency')), el('dd', null, l.latencyMs == null ? '—' : number(l.latencyMs) + ' ms'));
      dl.append(el('dt', null, t('dash.availability')), el('dd', null, l.availabilityPct == null ? t('dash.nodata') : number(l.availabilityPct) + ' %'));
      c.appendChild(dl);
      return c;
    });
  }

  // PUE and CUE month by month (ISO/IEC 30134-2); read once per page and hour, not at every change
  const energyOf = {};
  function energyTrend(site, body) {
    const box = el('section', 'block energy');
    box.id = 'energy-' + site;
    box.appendChild(el('h3', null, t('dash.energy')));
    body.appendChild(box);
    const cached = energyOf[site];
    if (!cached || Date.now() - cached.at > 3600000) {
      energyOf[site] = {at: Date.now(), trend: fetch('/api/dashboard/sites/' + encodeURIComponent(site) + '/energy')
        .then(r => r.ok ? r.json() : null).catch(() => null)};
    }
    energyOf[site].trend.then(trend => { if (trend) energyTable(trend, box); });
  }

  function energyTable(trend, box) {
    const table = el('table', 'energy-trend');
    const head = el('tr');
    for (const k of ['month', 'facility', 'it', 'pue', 'category', 'cue', 'note']) head.appendChild(el('th', null, t('dash.energy.' + k)));
    table.appendChild(head);
    const rows = (trend.months || []).map(m => [m.start.substring(0, 7), m]).concat([[t('dash.energy.year') + ' ' + trend.year, trend.total]]);
    for (const [label, p] of rows) {
      const tr = el('tr', p.missing ? 'missing' : null);
      tr.dataset.period = p.start;
      const bar = el('td', 'pue');
      bar.appendChild(el('span', 'n', p.pue == null ? '—' : number(p.pue)));
      if (p.pue != null) {
        const b = el('span', 'bar');
        b.style.width = Math.min(100, Math.max(0, (p.pue - 1) * 100)) + 'px';
        bar.appendChild(b);
      }
      tr.append(el('td', null, label), el('td', null, p.facilityKwh == null ? '—' : number(p.facilityKwh)),
        el('td', null, p.itKwh == null ? '—' : number(p.itKwh)), bar,
        el('td', null, p.category == null ? '' : 'PUE' + p.category), el('td', null, p.cue == null ? '—' : number(p.cue)),
        el('td', null, p.missing ? t('dash.energy.missing.' + p.missing, p.missing)
          : t('dash.energy.method.' + String(p.method).replace('+', '-'), p.method) + ' · ' + Math.round(p.coverage * 100) + ' %'));
      table.appendChild(tr);
    }
    box.appendChild(table);
  }

  // the server leaves out empty lists and missing values (Micronaut Serialization's NON_EMPTY)
  function complete(view) {
    for (const k of ['chain', 'links', 'cooling', 'rooms', 'doors', 'cameras', 'isp', 'workOrders']) view[k] = view[k] || [];
    view.alarms = view.alarms || {};
    view.pue = view.pue || {};
    [view.chain, view.cooling, view.doors, view.cameras].forEach(l => l.forEach(e => { e.values = e.values || []; }));
    return view;
  }

  function render(article, view) {
    complete(view);
    const body = el('div', 'cockpit-body');
    if (view.outage) {
      const banner = el('div', 'grid-banner', view.outage.said);
      banner.id = 'grid-banner-' + view.siteId;
      banner.setAttribute('role', 'alert');
      body.appendChild(banner);
    }
    if (view.demoSchedule) {
      const demo = el('p', 'demo-schedule hint', view.demoSchedule);
      demo.id = 'demo-schedule-' + view.siteId;
      body.appendChild(demo);
    }
    summary(view, body);
    chain(view.siteId, view, body);
    cards(t('dash.cooling'), view.cooling, body, 'cooling');
    rooms(view, body);
    energyTrend(view.siteId, body);
    cards(t('dash.doors'), view.doors, body, 'door');
    cards(t('dash.cameras'), view.cameras, body, 'camera');
    isp(view, body);
    const old = article.querySelector('.cockpit-body');
    const keep = old && old.querySelector('.outage');
    if (keep && keep.children.length) body.querySelector('.outage').replaceWith(keep);
    article.replaceChild(body, old);
    const devices = new Set();
    [view.chain, view.cooling, view.doors, view.cameras].forEach(l => l.forEach(e => { if (e.deviceId) devices.add(e.deviceId); }));
    devicesOf[view.siteId] = devices;
  }

  const pending = {};
  function reload(site) {
    if (pending[site]) return;
    // changes come in bursts (one per device per poll); one re-read per site per 300 ms is enough
    pending[site] = setTimeout(async () => {
      delete pending[site];
      const article = document.getElementById('site-' + site);
      const r = await fetch('/api/dashboard/sites/' + encodeURIComponent(site));
      if (r.ok && article) render(article, await r.json());
    }, 300);
  }

  function connect() {
    const source = new EventSource('/api/dashboard/stream');
    source.addEventListener('hello', () => {
      live.textContent = t('dash.live.on'); live.className = 'live on';
      sites.forEach(a => reload(a.dataset.site));
    });
    source.addEventListener('changed', ev => {
      const ids = JSON.parse(ev.data);
      sites.forEach(a => {
        const known = devicesOf[a.dataset.site];
        if (!known || ids.some(id => known.has(id))) reload(a.dataset.site);
      });
    });
    source.onerror = () => { live.textContent = t('dash.live.off'); live.className = 'live off'; };
  }

  if (!cockpit) return;
  sites.forEach(a => reload(a.dataset.site));
  connect();

  if (wall && sites.length > 1) {
    // the wall screen shows one site at a time, in turn
    let at = 0;
    const show = () => sites.forEach((a, i) => a.classList.toggle('off-wall', i !== at));
    show();
    setInterval(() => { at = (at + 1) % sites.length; show(); }, 20000);
  }
})();
