// Sites, rooms and racks are created and changed through the Locations API (/api/sites, /api/rooms, /api/racks).
// Each form names its method and address; a refusal is shown with its field and reason, a success opens
// the new room or rack, or reloads the page to show the change.
(function () {
  for (const form of document.querySelectorAll('form.location-form')) {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const numbers = (form.dataset.numbers || '').split(',');
      const names = [...new Set([...form.elements].map(el => el.name).filter(n => n && n !== 'csrfToken'))];
      const body = dcim.fields(form, names, numbers);
      const r = await dcim.send(form.dataset.method || 'POST', form.dataset.url, body, form.querySelector('.result'));
      if (!r.ok) return;
      if (form.dataset.go === 'room') { dcim.saved('/ui/rooms/' + r.data.id); return; }
      if (form.dataset.go === 'rack') { dcim.saved('/ui/racks/' + r.data.id); return; }
      dcim.saved();
    });
  }
  // Deleting a site, room or rack: asked once, then refused with the reason (what still sits in it) or done.
  for (const form of document.querySelectorAll('form.location-delete')) {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!window.confirm(form.dataset.confirm)) return;
      const r = await dcim.send('DELETE', form.dataset.url, undefined, form.querySelector('.result'));
      if (r.ok) location.href = form.dataset.after;
    });
  }
})();
