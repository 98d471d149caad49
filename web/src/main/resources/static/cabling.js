// issue 37: the cabling screen. Ports from a template, a trunk in one form, the CSV import with its dry run,
// and power to the outlet (what a failure darkens, the single-feed report), all through the API.
(function () {
  const texts = document.getElementById('power-texts').dataset;

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
        const o = document.createElement('option');
        o.value = p.id;
        o.textContent = p.display + (p.cable ? ' (' + p.cable.display + ')' : '');
        target.appendChild(o);
      }
      target.dispatchEvent(new Event('change'));
    });
  }

  const trunk = document.getElementById('cab-trunk');
  if (trunk) {
    trunk.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = dcim.fields(trunk, ['aPortId', 'bPortId', 'count', 'type', 'colour', 'labelPrefix'], ['aPortId', 'bPortId', 'count']);
      const r = await dcim.send('POST', '/api/cables/trunk', body, document.getElementById('trunk-errors'));
      if (r.ok) {
        const out = document.getElementById('trunk-result');
        out.textContent = texts.made.replace('{0}', r.data.length);
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

  document.getElementById('cab-outage').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await fetch('/api/power-connections/outage/' + document.getElementById('outage-node').value, {headers: {Accept: 'application/json'}});
    const table = document.getElementById('outage-result');
    const body = table.querySelector('tbody');
    body.innerHTML = '';
    for (const d of (r.ok ? await r.json() : [])) {
      const tr = document.createElement('tr');
      tr.dataset.device = d.device.display;
      tr.dataset.outcome = d.outcome;
      cell(tr, d.device.display);
      const outcome = d.outcome !== 'on_battery' ? (texts[d.outcome] || d.outcome)
        : d.batteryMinutes == null ? texts.battery_unknown : texts.on_battery.replace('{0}', Math.round(d.batteryMinutes));
      cell(tr, outcome, 'outcome-' + d.outcome);
      cell(tr, (d.lostSupplies || []).join(', ') || texts.none);
      cell(tr, (d.batterySupplies || []).join(', ') || texts.none);
      cell(tr, (d.keptSupplies || []).join(', ') || texts.none);
      body.appendChild(tr);
    }
    table.hidden = false;
  });

  document.getElementById('cab-single').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await fetch('/api/power-connections/single-feed?site=' + encodeURIComponent(document.getElementById('single-site').value),
      {headers: {Accept: 'application/json'}});
    const table = document.getElementById('single-result');
    const body = table.querySelector('tbody');
    body.innerHTML = '';
    for (const s of (r.ok ? await r.json() : [])) {
      const tr = document.createElement('tr');
      tr.dataset.device = s.device.display;
      cell(tr, s.device.display);
      cell(tr, (s.pdus || []).join(', '));
      cell(tr, (s.singlePoints || []).map(n => n.display).join(', ') || texts.none);
      body.appendChild(tr);
    }
    table.hidden = false;
  });
})();
