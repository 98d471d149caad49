// Live alarm console: the list is re-read from the API on every change pushed by the server
// (server-sent events), so the order is always the server's: most severe first (Art. 30.8a).
(function () {
  const table = document.getElementById('alarm-table');
  const live = document.getElementById('live');

  let rows = document.getElementById('alarm-rows');

  // the rows are rendered by the server, as the first page was: one formatter for times, severities
  // and texts in the reader's language and the center's time zone (issue 20)
  async function reload() {
    const r = await fetch('/ui/alarms/rows');
    if (!r.ok) return;
    const t = document.createElement('template');
    t.innerHTML = '<table>' + (await r.text()) + '</table>';
    const fresh = t.content.querySelector('tbody');
    if (fresh) { rows.replaceWith(fresh); rows = fresh; }
  }

  table.addEventListener('click', async (e) => {
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
