// A limited account's part of an incident: it notes the incident (an agency in its own name) and acknowledges the alarms
// of its own sites; anything else stays with the centre's staff. A refusal is shown with its reason.
(function () {
  const id = document.getElementById('incident-facts').dataset.id;
  const out = document.getElementById('result');

  async function send(path, body) {
    const r = await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
    if (r.ok) { location.reload(); return; }
    const e = await r.json().catch(() => ({}));
    if (out) {
      out.textContent = (e.field ? e.field + ': ' : '') + (e.message || r.status);
      out.className = 'result error';
    }
  }

  const form = document.getElementById('part-note');
  if (form) {
    document.getElementById('add-note').onclick = () => {
      const text = document.getElementById('note').value.trim();
      if (text !== '') send('/api/incidents/' + id + form.dataset.path, {text: text});
    };
  }
  document.querySelectorAll('button.ack').forEach(b => { b.onclick = () => send('/api/alarms/' + b.dataset.id + '/ack', {}); });
})();
