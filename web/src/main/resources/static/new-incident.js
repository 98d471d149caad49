// Opens an incident by hand through POST /api/incidents; a refusal shows each field and why, a success opens the incident.
document.getElementById('incident-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const site = document.getElementById('i-siteId').value;
  const body = {title: document.getElementById('i-title').value.trim(), siteId: site === '' ? null : site,
    level: document.getElementById('i-level').value};
  const r = await fetch('/api/incidents', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  const out = await r.json().catch(() => ({}));
  if (r.ok) { location.href = '/ui/incidents/' + out.incident.id; return; }
  document.getElementById('incident-errors').textContent = (out.fields && out.fields.length ? out.fields : [{field: '', message: out.message || r.status}])
    .map(x => (x.field ? x.field + ': ' : '') + x.message).join('; ');
});
