// Changes an asset's lifecycle status, or disposes of it, through POST /api/assets/{id}/status: the reason
// is required and goes into the status history with who and when.
(function () {
  for (const form of document.querySelectorAll('form.status-form')) {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const f = new FormData(form);
      const body = {status: f.get('status'), reason: (f.get('reason') || '').trim()};
      const r = await dcim.send('POST', '/api/assets/' + form.dataset.id + '/status', body, form.querySelector('.result'));
      if (r.ok) { dcim.saved(); }
    });
  }
})();
