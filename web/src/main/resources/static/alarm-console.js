// Live alarm console: the list is re-read from the API on every change pushed by the server
// (server-sent events), so the order is always the server's: most severe first (Art. 30.8a).
(function () {
  const table = document.getElementById('alarm-table');
  const rows = document.getElementById('alarm-rows');
  const live = document.getElementById('live');

  function cell(tr, text, cls) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  function render(alarms) {
    rows.replaceChildren();
    for (const a of alarms) {
      const tr = document.createElement('tr');
      tr.id = 'alarm-' + a.id;
      tr.className = 'sev-' + a.severity + (a.suppressed ? ' suppressed' : '');
      cell(tr, a.severity, 'sev');
      cell(tr, a.source + (a.instance === '0' ? '' : ' [' + a.instance + ']'));
      cell(tr, a.message);
      cell(tr, a.article);
      cell(tr, a.raisedAt, 'time');
      cell(tr, a.acknowledgedAt ? 'acknowledged' : 'open', 'state');
      const action = cell(tr, '');
      if (a.acknowledgedAt) {
        action.textContent = a.acknowledgedBy;
      } else {
        const b = document.createElement('button');
        b.className = 'ack';
        b.dataset.id = a.id;
        b.textContent = table.dataset.ack;
        action.appendChild(b);
      }
      rows.appendChild(tr);
    }
    if (alarms.length === 0) {
      const tr = document.createElement('tr');
      cell(tr, table.dataset.empty).colSpan = 7;
      rows.appendChild(tr);
    }
  }

  async function reload() {
    const r = await fetch('/api/alarms?state=active&limit=500');
    if (r.ok) render((await r.json()).results);
  }

  rows.addEventListener('click', async (e) => {
    const b = e.target.closest('button.ack');
    if (!b) return;
    b.disabled = true;
    const r = await fetch('/api/alarms/' + b.dataset.id + '/ack', {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({})
    });
    if (!r.ok) b.disabled = false;
    reload();
  });

  function connect() {
    const source = new EventSource('/api/alarms/stream');
    source.addEventListener('hello', () => { live.textContent = live.dataset.on; live.className = 'live on'; reload(); });
    source.addEventListener('alarm', reload);
    source.onerror = () => { live.textContent = live.dataset.off; live.className = 'live off'; };
  }
  connect();
})();
