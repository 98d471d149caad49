// Registers the asset through POST /api/assets; a refusal shows each field and why, a success opens the asset page.
document.getElementById('new-asset').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  const [siteId, roomId, rackId] = (f.get('place') || '||').split('|');
  const body = {siteId: siteId, roomId: roomId ? Number(roomId) : null, rackId: rackId ? Number(rackId) : null};
  for (const k of ['kind', 'name', 'labelCode', 'status', 'owningAgency', 'vendor', 'model', 'serial', 'criticality']) {
    if (f.get(k)) body[k] = f.get(k);
  }
  for (const k of ['positionU', 'heightU']) {
    if (f.get(k) && body.rackId) body[k] = Number(f.get(k));
  }
  if (!body.rackId) delete body.rackId;
  const r = await fetch('/api/assets', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body)});
  const out = await r.json().catch(() => ({}));
  if (r.ok) { location.href = '/ui/assets/' + out.id; return; }
  document.getElementById('errors').textContent = (out.fields || [{field: '', message: out.message || r.status}])
    .map(x => (x.field ? x.field + ': ' : '') + x.message).join('; ');
});
