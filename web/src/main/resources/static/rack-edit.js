// Moves a rack on its room's floor plan or changes its height or power budget through PUT /api/racks/{id};
// a refusal (a spot already taken, a budget out of range) names the field, a success shows the new capacity.
dcim.onSubmit('rack-edit', 'rack-errors', async (form, errors) => {
  const f = new FormData(form);
  const body = {};
  for (const k of ['heightU', 'gridRow', 'gridPosition', 'powerBudgetKw']) {
    const v = f.get(k);
    body[k] = v === null || v === '' ? null : Number(v);
  }
  const r = await dcim.send('PUT', '/api/racks/' + form.dataset.rack, body, errors);
  if (r.ok) { dcim.saved(); }
});
