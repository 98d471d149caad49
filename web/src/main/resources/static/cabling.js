// The cabling screen. A cable from a port's own row (far end by equipment, then port, the likeliest chosen),
// ports from a template for equipment without a type, one cable or a bundle in one form, the CSV import with its
// dry run, and power to the outlet (what a failure darkens, the single-feed report), all through the API.
(function () {
  const texts = document.getElementById('power-texts').dataset;
  const fill = (pattern, ...args) => args.reduce((t, a, i) => t.replace('{' + i + '}', a), pattern);
  // a patch panel's front and rear ports share their numbers: the side is said
  const sided = (p) => p.kind === 'front' ? fill(texts.front, p.display) : p.kind === 'rear' ? fill(texts.rear, p.display) : p.display;
  const option = (value, text) => { const o = document.createElement('option'); o.value = value; o.textContent = text; return o; };

  // "Connect" on a port's row: the form opens under the row with the likeliest far end chosen
  const connect = document.getElementById('cab-connect');
  if (connect) {
    const farAsset = document.getElementById('connect-asset');
    const farPort = document.getElementById('connect-port');
    const type = document.getElementById('connect-type');
    const none = document.getElementById('connect-none');
    const errors = document.getElementById('connect-errors');
    let near = null;
    let holder = null;

    const loadPorts = async () => {
      farPort.innerHTML = '';
      if (!farAsset.value) return;
      const r = await fetch('/api/ports/' + near + '/far-ends/' + farAsset.value, {headers: {Accept: 'application/json'}});
      for (const p of (r.ok ? await r.json() : [])) {
        const o = option(p.id, p.display);
        o.dataset.cableType = p.cableType;
        farPort.appendChild(o);
      }
      farPort.dispatchEvent(new Event('change'));
    };
    farAsset.addEventListener('change', loadPorts);
    farPort.addEventListener('change', () => {
      const chosen = farPort.selectedOptions[0];
      if (chosen) type.value = chosen.dataset.cableType;
    });

    const close = () => {
      connect.hidden = true;
      if (holder) { holder.remove(); holder = null; }
    };
    document.getElementById('connect-cancel').addEventListener('click', close);

    for (const button of document.querySelectorAll('button.connect')) {
      button.addEventListener('click', async () => {
        close();
        near = button.dataset.port;
        const row = document.getElementById('port-' + near);
        holder = document.createElement('tr');
        holder.className = 'connect-row';
        const cell = document.createElement('td');
        cell.colSpan = row.children.length;
        holder.appendChild(cell);
        row.after(holder);
        cell.appendChild(connect);
        connect.reset();
        errors.hidden = true;
        farAsset.innerHTML = '';
        const r = await fetch('/api/ports/' + near + '/far-ends', {headers: {Accept: 'application/json'}});
        const choices = r.ok ? await r.json() : {assets: []};
        for (const a of choices.assets) {
          const name = a.sameRack ? a.display + ' · ' + texts.same_rack : a.display;
          farAsset.appendChild(option(a.id, fill(texts.free, name, a.freePorts)));
        }
        none.hidden = choices.assets.length > 0;
        if (choices.suggested) farAsset.value = String(choices.suggested);
        connect.dataset.ready = 'false';
        connect.hidden = false;
        await loadPorts();
        connect.dataset.ready = 'true';
      });
    }

    connect.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = Object.assign({aPortId: Number(near)},
        dcim.fields(connect, ['bPortId', 'type', 'label', 'colour', 'lengthM'], ['bPortId', 'lengthM']));
      const r = await dcim.send('POST', '/api/cables', body, errors);
      if (r.ok) {
        location.reload();
      }
    });
  }

  const pick = document.getElementById('cab-asset');
  pick.addEventListener('change', () => pick.form.submit());

  const template = document.getElementById('cab-template');
  if (template) {
    template.addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = await dcim.send('POST', '/api/ports/from-template',
        {assetId: Number(template.dataset.asset), template: document.getElementById('cab-template-slug').value},
        document.getElementById('cab-template-errors'));
      if (r.ok) location.reload();
    });
  }

  // choosing an asset fills the port list beside it
  for (const sel of document.querySelectorAll('select.port-asset')) {
    sel.addEventListener('change', async () => {
      const target = document.getElementById(sel.dataset.ports);
      target.innerHTML = '';
      if (!sel.value) return;
      const r = await fetch('/api/ports?assetId=' + sel.value, {headers: {Accept: 'application/json'}});
      const ports = r.ok ? await r.json() : [];
      for (const p of ports) {
        target.appendChild(option(p.id, sided(p) + (p.cable ? ' · ' + p.cable.display : '')));
      }
      target.dispatchEvent(new Event('change'));
    });
  }

  const trunk = document.getElementById('cab-trunk');
  if (trunk) {
    trunk.addEventListener('submit', async (e) => {
      e.preventDefault();
      const out = document.getElementById('trunk-result');
      out.hidden = true;
      const body = dcim.fields(trunk, ['aPortId', 'bPortId', 'count', 'type', 'colour', 'labelPrefix'], ['aPortId', 'bPortId', 'count']);
      // one cable unless a bundle is asked for: its label is the cable's own, not a prefix
      const one = !body.count || body.count === 1;
      if (one) { body.label = body.labelPrefix; delete body.labelPrefix; delete body.count; }
      const r = await dcim.send('POST', one ? '/api/cables' : '/api/cables/trunk', body, document.getElementById('trunk-errors'));
      if (r.ok) {
        out.textContent = texts.made.replace('{0}', one ? 1 : r.data.length);
        out.hidden = false;
      }
    });
  }

  const imp = document.getElementById('cab-import');
  if (imp) {
    imp.addEventListener('submit', async (e) => {
      e.preventDefault();
      const dry = document.getElementById('cab-dry').checked;
      const csv = new Blob([document.getElementById('cab-csv').value], {type: 'text/csv'});
      const r = await dcim.send('POST', '/api/cables/import?dryRun=' + dry, csv, null);
      const out = document.getElementById('cab-import-result');
      const d = r.data || {};
      out.textContent = texts.imported.replace('{0}', d.rows).replace('{1}', d.valid).replace('{2}', d.imported) +
        (d.errors || []).map(p => '\n#' + p.row + ' ' + p.field + ': ' + p.reason).join('');
      out.hidden = false;
    });
  }

  const cell = (tr, text, cls) => { const td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); };

  // An analysis asked of the API, its answer as the rows of its result table (none on a refusal); fill writes a row.
  async function answerRows(url, tableId, fill) {
    const r = await fetch(url, {headers: {Accept: 'application/json'}});
    const table = document.getElementById(tableId);
    const body = table.querySelector('tbody');
    body.innerHTML = '';
    for (const item of (r.ok ? await r.json() : [])) {
      const tr = document.createElement('tr');
      tr.dataset.device = item.device.display;
      cell(tr, item.device.display);
      fill(tr, item);
      body.appendChild(tr);
    }
    table.hidden = false;
  }

  document.getElementById('cab-outage').addEventListener('submit', async (e) => {
    e.preventDefault();
    await answerRows('/api/power-connections/outage/' + document.getElementById('outage-node').value, 'outage-result', (tr, d) => {
      tr.dataset.outcome = d.outcome;
      const outcome = d.outcome !== 'on_battery' ? (texts[d.outcome] || d.outcome)
        : d.batteryMinutes == null ? texts.battery_unknown : texts.on_battery.replace('{0}', Math.round(d.batteryMinutes));
      cell(tr, outcome, 'outcome-' + d.outcome);
      cell(tr, (d.lostSupplies || []).join(', ') || texts.none);
      cell(tr, (d.batterySupplies || []).join(', ') || texts.none);
      cell(tr, (d.keptSupplies || []).join(', ') || texts.none);
    });
  });

  document.getElementById('cab-single').addEventListener('submit', async (e) => {
    e.preventDefault();
    await answerRows('/api/power-connections/single-feed?site=' + encodeURIComponent(document.getElementById('single-site').value),
      'single-result', (tr, s) => {
        cell(tr, (s.pdus || []).join(', '));
        cell(tr, (s.singlePoints || []).map(n => n.display).join(', ') || texts.none);
      });
  });
})();
