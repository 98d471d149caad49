// The asset manager opens a stock-take for the rooms ticked (all rooms of the site when none is).
(function () {
  const form = document.getElementById('st-open');
  if (!form) return;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const body = {name: f.get('name'), siteId: f.get('siteId'), roomIds: f.getAll('roomIds').map(Number)};
    const r = await dcim.send('POST', '/api/stocktakes', body, document.getElementById('st-open-errors'));
    if (r.ok) location.href = '/ui/stocktakes/' + r.data.id;
  });
})();
