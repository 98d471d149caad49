// The asset manager opens a stock-take for the rooms ticked (all rooms of the site when none is).
dcim.onSubmit('st-open', 'st-open-errors', async (form, errors) => {
  const f = new FormData(form);
  const body = {name: f.get('name'), siteId: f.get('siteId'), roomIds: f.getAll('roomIds').map(Number)};
  const r = await dcim.send('POST', '/api/stocktakes', body, errors);
  if (r.ok) location.href = '/ui/stocktakes/' + r.data.id;
});
