// Saves one rule row through the API (PUT /api/alarm-rules/{id}); a refused value shows the field and why.
document.getElementById('rule-table').addEventListener('click', async (e) => {
  const b = e.target.closest('button.save');
  if (!b) return;
  const tr = b.closest('tr');
  const out = tr.querySelector('.result');
  const rule = await (await fetch('/api/alarm-rules/' + tr.dataset.rule)).json();
  const num = (cls) => { const i = tr.querySelector('.' + cls); return i && i.value !== '' ? Number(i.value) : null; };
  if (rule.kind !== 'state') { rule.trigger = num('trigger'); rule.rearm = num('rearm'); }
  rule.durationSeconds = num('duration') || 0;
  rule.severity = tr.querySelector('.severity').value;
  rule.enabled = tr.querySelector('.enabled').checked;
  const r = await fetch('/api/alarm-rules/' + tr.dataset.rule, {
    method: 'PUT', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(rule)
  });
  const body = await r.json().catch(() => ({}));
  out.textContent = r.ok ? '✓' : ((body.field ? body.field + ': ' : '') + (body.message || r.status));
  out.className = 'result ' + (r.ok ? 'ok' : 'error');
});
