// Registers (POST /api/assets) or edits (PUT /api/assets/{id}) an asset with every field of the registry;
// a refusal shows each field and why, a success opens the asset page. The actor is the session's, never a header.
(function () {
  const form = document.querySelector('form.asset-form');
  if (!form) return;
  const errors = document.getElementById('errors');
  // a device type fills what it knows; the ports follow from vendor and model when the asset is registered
  const type = document.getElementById('device-type');
  if (type) {
    type.addEventListener('change', () => {
      const t = type.selectedOptions[0].dataset;
      if (!type.value) return;
      form.elements.vendor.value = t.vendor;
      form.elements.model.value = t.model;
      if (t.kind) form.elements.kind.value = t.kind;
      if (Number(t.height) > 0) form.elements.heightU.value = t.height;
    });
  }
  const TEXT = ['kind', 'name', 'labelCode', 'face', 'status', 'criticality', 'owningAgency', 'custodian', 'vendor',
    'model', 'serial', 'purchaseDate', 'purchaseValue', 'warrantyEnd', 'macAddress', 'ipAddress', 'hostname'];
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const [siteId, roomId, rackId] = (new FormData(form).get('place') || '||').split('|');
    const body = Object.assign({siteId: siteId, roomId: roomId ? Number(roomId) : null},
      dcim.fields(form, TEXT.concat(['positionU', 'heightU']), ['positionU', 'heightU', 'purchaseValue']));
    if (rackId) {
      body.rackId = Number(rackId);
    } else {
      delete body.positionU; delete body.heightU; delete body.face;
    }
    const id = form.dataset.id;
    const r = await dcim.send(id ? 'PUT' : 'POST', id ? '/api/assets/' + id : '/api/assets', body, errors);
    if (r.ok) { dcim.saved('/ui/assets/' + r.data.id); }
  });
})();
