// Live alarm console: the list is re-read from the API on every change pushed by the server
// (server-sent events), so the order is always the server's: most severe first (Art. 30.8a).
(function () {
  const table = document.getElementById('alarm-table');
  const live = document.getElementById('live');

  let rows = document.getElementById('alarm-rows');

  // Each alarm of a burst re-reads the list without waiting for the last read: dcim.newest drops an answer older
  // than the one shown, or an alarm just raised (or cleared) would vanish from the list (or come back) until the
  // next change.
  async function text(url) {
    const r = await fetch(url);
    return r.ok ? r.text() : undefined;
  }

  // the rows are rendered by the server, as the first page was: one formatter for times, severities
  // and texts in the reader's language and the center's time zone
  const reload = dcim.newest(() => text('/ui/alarms/rows' + location.search), (html) => {
    const t = document.createElement('template');
    t.innerHTML = '<table>' + html + '</table>';
    const fresh = t.content.querySelector('tbody');
    if (fresh) { rows.replaceWith(fresh); rows = fresh; }
    banners();
  });

  // the grid-lost banner: shown while the outage lasts, gone when the grid is back
  const banners = dcim.newest(() => text('/ui/alarms/banners'), (html) => {
    const old = document.getElementById('grid-banners');
    if (!old) return;
    const t = document.createElement('template');
    t.innerHTML = html;
    const fresh = t.content.getElementById('grid-banners');
    if (fresh) old.replaceWith(fresh);
  });
  // an outage raises no alarm of its own at every minute: the banner is re-read now and then too
  setInterval(banners, 30000);

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
