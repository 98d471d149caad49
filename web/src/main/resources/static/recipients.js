// Notification recipients: the form writes through /api/notification-recipients. The webhook token is
// write-only: left empty on an edit it is kept (not sent), so nobody has to know it to change the address.
(function () {
  const form = document.getElementById('recipient-form');
  if (!form) return; // read-only: the list without the form
  const errors = document.getElementById('recipient-errors');
  const $ = (id) => document.getElementById('r-' + id);
  let editing = null;

  function fill(b) {
    editing = b ? b.dataset.id : null;
    const title = document.getElementById('rc-form-title');
    title.textContent = b ? title.dataset.edit + ' ' + b.dataset.name : title.dataset.new;
    if (!b) form.reset();
    if (b) {
      $('name').value = b.dataset.name;
      $('role').value = b.dataset.role;
      $('channel').value = b.dataset.channel;
      $('address').value = b.dataset.address;
      $('minSeverity').value = b.dataset.minSeverity;
      $('language').value = b.dataset.language || 'vi';
      $('enabled').checked = b.dataset.enabled === 'true';
      $('accountId').value = b.dataset.accountId || '';
      $('centreId').value = b.dataset.centreId || '';
    }
    $('secret').value = '';
    document.getElementById('r-secret-note').textContent = b && b.dataset.hasSecret === 'true' ? form.dataset.kept : '';
    document.getElementById('delete-recipient').hidden = !b;
    errors.textContent = '';
  }

  async function refusal(r) {
    errors.textContent = await dcim.refusal(r);
  }

  document.querySelectorAll('.edit-recipient').forEach(b => b.addEventListener('click', () => { fill(b); form.scrollIntoView(); }));
  document.getElementById('new-recipient').addEventListener('click', () => fill(null));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {name: $('name').value.trim(), role: $('role').value, channel: $('channel').value,
      address: $('address').value.trim(), minSeverity: $('minSeverity').value, language: $('language').value, enabled: $('enabled').checked};
    // whose compliance findings: the account's sites name its centres, else the one centre chosen (none: the province)
    body.accountId = $('accountId').value === '' ? null : Number($('accountId').value);
    body.centreId = $('centreId').value === '' ? null : Number($('centreId').value);
    if ($('secret').value !== '') body.secret = $('secret').value;
    const url = editing ? '/api/notification-recipients/' + editing : '/api/notification-recipients';
    const r = await fetch(url, {method: editing ? 'PUT' : 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (r.ok) { dcim.saved(); return; }
    await refusal(r);
  });

  document.getElementById('delete-recipient').addEventListener('click', async () => {
    if (!editing || !window.confirm(form.dataset.confirm)) return;
    const r = await fetch('/api/notification-recipients/' + editing, {method: 'DELETE'});
    if (r.ok) { location.reload(); return; }
    await refusal(r);
  });
})();
