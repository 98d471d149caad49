// Monitoring set-up: the form writes through /api/devices; secrets are never sent back by
// the server, so an empty secret field on an edit means "keep the stored one" and is left out.
(function () {
  const form = document.getElementById('device-form');
  if (!form) return; // read-only: the list without the form
  const errors = document.getElementById('device-errors');
  const $ = (id) => document.getElementById('f-' + id);
  const SECRETS = ['community', 'v3AuthPass', 'v3PrivPass'];
  const TEXTS = ['id', 'name', 'siteId', 'host', 'snmpVersion', 'v3User', 'v3AuthProto', 'v3PrivProto', 'profile'];
  const NUMBERS = ['port', 'intervalS', 'timeoutMs', 'retries'];
  let editing = null;

  function showProtocol() {
    const snmp = $('protocol').value === 'snmp';
    document.getElementById('snmp-settings').hidden = !snmp;
    document.getElementById('mqtt-hint').hidden = snmp;
    document.getElementById('test-device').hidden = !snmp; // an MQTT device sends by itself: nothing to poll
    const v3 = $('snmpVersion').value === '3';
    form.querySelectorAll('.v3').forEach(e => { e.hidden = !v3; });
    form.querySelectorAll('.v12').forEach(e => { e.hidden = v3; });
  }

  function body() {
    const b = {protocol: $('protocol').value, enabled: $('enabled').checked};
    for (const k of TEXTS) { const v = $(k).value.trim(); b[k] = v === '' ? null : v; }
    for (const k of NUMBERS) { const v = $(k).value.trim(); b[k] = v === '' ? null : Number(v); }
    const asset = $('assetId').value;
    b.assetId = asset === '' ? null : Number(asset);
    for (const k of SECRETS) { const v = $(k).value; if (v !== '') b[k] = v; }
    return b;
  }

  function say(message, ok) {
    errors.textContent = message;
    errors.className = 'result ' + (ok ? 'ok' : 'error');
  }

  async function refusal(r) {
    say(await dcim.refusal(r), false);
  }

  function fill(d) {
    editing = d ? d.id : null;
    const title = document.getElementById('form-title');
    title.textContent = d ? title.dataset.edit + ' ' + d.id : title.dataset.new;
    $('id').value = d ? d.id : '';
    $('id').readOnly = !!d;
    for (const k of TEXTS.concat(NUMBERS)) { if (k !== 'id' && d) $(k).value = d[k] == null ? '' : d[k]; }
    if (!d) form.reset();
    $('protocol').value = d ? d.protocol : 'snmp';
    $('enabled').checked = d ? d.enabled : true;
    $('assetId').value = d && d.assetId != null ? String(d.assetId) : '';
    if (d && !d.snmpVersion) $('snmpVersion').value = '2c';
    for (const k of SECRETS) $(k).value = '';
    const kept = d ? SECRETS.filter(k => d['has' + k.charAt(0).toUpperCase() + k.slice(1)]) : [];
    document.getElementById('secret-note').textContent = kept.length ? form.dataset.kept + ' ' + kept.join(', ') : '';
    document.getElementById('delete-device').hidden = !d;
    errors.textContent = '';
    showProtocol();
  }

  document.querySelectorAll('.edit-device').forEach(b => b.addEventListener('click', async () => {
    const r = await fetch('/api/devices/' + encodeURIComponent(b.dataset.id));
    if (r.ok) { fill(await r.json()); form.scrollIntoView(); } else { await refusal(r); }
  }));
  $('protocol').addEventListener('change', showProtocol);
  $('snmpVersion').addEventListener('change', showProtocol);
  document.getElementById('new-device').addEventListener('click', () => fill(null));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const url = editing ? '/api/devices/' + encodeURIComponent(editing) : '/api/devices';
    const r = await fetch(url, {method: editing ? 'PUT' : 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body())});
    if (r.ok) { dcim.saved(); return; }
    await refusal(r);
  });

  document.getElementById('delete-device').addEventListener('click', async () => {
    if (!editing || !window.confirm(form.dataset.confirm + ' ' + editing)) return;
    const r = await fetch('/api/devices/' + encodeURIComponent(editing), {method: 'DELETE'});
    if (r.ok) { location.reload(); return; }
    await refusal(r);
  });

  // Test: polls the agent once with what the form holds now (saved or not) and shows what came back.
  const result = document.getElementById('test-result');
  const summary = document.getElementById('test-summary');
  function failureText(kind) {
    const t = document.getElementById('failure-texts').content.querySelector('[data-kind="' + kind + '"]');
    return t ? t.textContent : kind;
  }
  document.getElementById('test-device').addEventListener('click', async () => {
    result.hidden = false;
    result.removeAttribute('data-outcome');
    summary.textContent = result.dataset.testing;
    summary.className = 'result';
    document.getElementById('test-profiles').textContent = '';
    document.getElementById('test-identity').textContent = '';
    const tbody = document.querySelector('#test-values tbody');
    tbody.replaceChildren();
    document.getElementById('test-problems').replaceChildren();
    const b = body();
    b.id = editing;
    for (const k of ['name', 'siteId', 'assetId', 'protocol', 'enabled', 'intervalS']) delete b[k];
    const r = await fetch('/api/devices/test', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(b)});
    if (!r.ok) {
      summary.textContent = await dcim.refusal(r);
      summary.className = 'result error';
      result.dataset.outcome = 'refused';
      return;
    }
    const o = await r.json();
    // the server leaves empty lists out of its answers
    o.profiles = o.profiles || [];
    o.values = o.values || [];
    o.problems = o.problems || [];
    result.dataset.outcome = o.ok ? 'ok' : o.failure;
    if (!o.ok) {
      summary.textContent = failureText(o.failure) + ' (' + o.reason + ')';
      summary.className = 'result error';
      return;
    }
    // the count follows the text: a message's {0} is filled (with nothing) when the page is rendered
    summary.textContent = result.dataset.ok + ' ' + o.values.length + (o.profiles.length ? '' : '. ' + result.dataset.nomatch);
    summary.className = 'result ok';
    document.getElementById('test-identity').textContent = (o.sysDescr || '') + ' · ' + (o.sysObjectId || '');
    document.getElementById('test-profiles').textContent = o.profiles.join(', ');
    for (const v of o.values) {
      const tr = document.createElement('tr');
      tr.dataset.metric = v.metric;
      tr.dataset.instance = v.instance;
      // the metric and its value in the reader's words (label, display), the agent's own index beside them
      for (const text of [v.label || v.metric, v.instance, v.display || (v.value == null ? '—' : v.value) + (v.unit ? ' ' + v.unit : '')]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    for (const p of o.problems) {
      const li = document.createElement('li');
      li.textContent = p;
      document.getElementById('test-problems').appendChild(li);
    }
  });

  showProtocol();
})();

// Scan (LibreNMS-style discovery): agents of a range that answer with the community, each one click from the form.
(function () {
  const form = document.getElementById('scan-form');
  if (!form) return;
  const summary = document.getElementById('scan-summary');
  const table = document.getElementById('scan-results');
  const text = (key) => document.getElementById('scan-texts').content.querySelector('[data-key="' + key + '"]').textContent;
  const set = (id, value) => { const e = document.getElementById('f-' + id); e.value = value; e.dispatchEvent(new Event('change')); };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    summary.textContent = form.dataset.scanning;
    summary.className = 'result';
    const tbody = table.querySelector('tbody');
    tbody.replaceChildren();
    const port = document.getElementById('s-port').value;
    const community = document.getElementById('s-community').value;
    const r = await fetch('/api/devices/scan', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({cidr: document.getElementById('s-cidr').value.trim(), community: community, port: port ? Number(port) : null})});
    const out = await r.json().catch(() => ({}));
    if (!r.ok) {
      summary.textContent = dcim.describe(out, r.status);
      summary.className = 'result error';
      return;
    }
    summary.textContent = form.dataset.found + ' ' + out.length;
    summary.className = 'result ok';
    table.hidden = out.length === 0;
    for (const f of out) {
      f.profiles = f.profiles || [];
      const tr = document.createElement('tr');
      tr.dataset.host = f.host;
      for (const t of [f.host, f.sysDescr, f.profiles.join(', ')]) {
        const td = document.createElement('td');
        td.textContent = t;
        tr.appendChild(td);
      }
      const td = document.createElement('td');
      if (f.monitoredAs) {
        td.textContent = text('monitored') + ' ' + f.monitoredAs;
      } else {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'use-agent';
        b.textContent = text('use');
        b.addEventListener('click', () => {
          document.getElementById('new-device').click();
          set('protocol', 'snmp');
          set('snmpVersion', '2c');
          set('host', f.host);
          set('port', port || '161');
          set('community', community);
          set('name', (f.sysDescr || f.host).slice(0, 200));
          set('id', f.host.replace(/\./g, '-'));
          document.getElementById('device-form').scrollIntoView();
        });
        td.appendChild(b);
      }
      tr.appendChild(td);
      tbody.appendChild(tr);
    }
  });
})();
