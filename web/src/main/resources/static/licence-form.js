// Registers (POST) or changes (PUT) a software asset and its licence; a refusal names each field, a success
// returns to the licence list where the new row is marked.
(function () {
  const form = document.getElementById('licence-form');
  if (!form) return;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = dcim.fields(form, ['siteId', 'name', 'version', 'value', 'criticality', 'purpose', 'scopeOfUse',
      'managingBody', 'storageLocation', 'confidentiality', 'integrity', 'availability', 'licenceKind',
      'licenceInformation', 'seats', 'licenceExpiry'], ['value', 'seats']);
    body.installedOn = new FormData(form).getAll('installedOn').map(Number);
    const id = form.dataset.id;
    const r = await dcim.send(id ? 'PUT' : 'POST', id ? '/api/software-assets/' + id : '/api/software-assets', body,
      document.getElementById('errors'));
    if (r.ok) { dcim.saved('/ui/licences#licence-' + r.data.id); }
  });
})();
