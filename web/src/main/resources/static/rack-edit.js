// Moves a rack on its room's floor plan or changes its height or power budget through PUT /api/racks/{id};
// a refusal (a spot already taken, a budget out of range) names the field, a success shows the new capacity.
(function () {
  const form = document.getElementById('rack-edit');
  if (!form) return;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    document.getElementById('rack-errors').textContent = '';
    const f = new FormData(form);
    const body = {};
    for (const k of ['heightU', 'gridRow', 'gridPosition', 'powerBudgetKw']) {
      const v = f.get(k);
      body[k] = v === null || v === '' ? null : Number(v);
    }
    const r = await fetch('/api/racks/' + form.dataset.rack, {method: 'PUT', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)});
    if (r.ok) { location.reload(); return; }
    const out = await r.json().catch(() => ({}));
    document.getElementById('rack-errors').textContent = (out.fields || [{field: '', message: out.message || r.status}])
      .map(x => (x.field ? x.field + ': ' : '') + x.message).join('; ');
  });
})();
