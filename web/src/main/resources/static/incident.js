// Incident actions go through the API; a refusal (e.g. Art. 13.3a backup not confirmed) is shown with its reason.
(function () {
  const id = document.getElementById('incident-facts').dataset.id;
  const out = document.getElementById('result');
  const val = (elId) => { const e = document.getElementById(elId); return e && e.value.trim() !== '' ? e.value.trim() : null; };

  async function send(method, path, body) {
    const r = await fetch('/api/incidents/' + id + path, {
      method: method, headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})
    });
    if (r.ok) { location.reload(); return; }
    const e = await r.json().catch(() => ({}));
    out.textContent = (e.field ? e.field + ': ' : '') + (e.message || r.status);
    out.className = 'result error';
  }

  document.getElementById('save').onclick = () => send('PATCH', '', {assignee: val('assignee'), status: val('new-status')});
  const backup = document.getElementById('confirm-backup');
  if (backup) backup.onclick = () => send('POST', '/backup', {});
  document.getElementById('add-note').onclick = () => val('note') && send('POST', '/journal', {text: val('note')});
  document.getElementById('close').onclick = () => send('POST', '/close', {rootCause: val('root-cause'), resolution: val('resolution')});
})();
