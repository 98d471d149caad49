// The device page's "reached through": PUT /api/devices/{id}/reached-through with the ids
// typed, comma separated; a refusal (an unknown device, the device itself, a loop) is shown naming the field.
(function () {
  const form = document.getElementById('reached-through-form');
  if (!form) return;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const via = (new FormData(form).get('via') || '').split(',').map(s => s.trim()).filter(s => s.length > 0);
    const r = await dcim.send('PUT', '/api/devices/' + encodeURIComponent(form.dataset.device) + '/reached-through',
      {via: via}, document.getElementById('via-error'));
    if (r.ok) { dcim.saved(); }
  });
})();
