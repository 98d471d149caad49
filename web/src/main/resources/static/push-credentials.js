// HTTP push credentials (Art. 25.3): the form writes through /api/push-credentials. A
// Hikvision or Dahua token is shown once, here, with the addresses to configure in the device, and never again
// (only its hash is kept); ZKTeco is registered by its serial and addresses. Withdrawing reloads the list.
(function () {
  const form = document.getElementById('push-form');
  if (!form) return; // read-only: the list without the form
  const errors = document.getElementById('push-errors');
  const $ = (id) => document.getElementById('p-' + id);
  const show = (id, text) => { document.getElementById(id).textContent = text; };

  async function refusal(r) {
    errors.textContent = await dcim.refusal(r);
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.textContent = '';
    const body = {deviceId: $('deviceId').value, dialect: $('dialect').value, note: $('note').value.trim() || null};
    if ($('serial').value.trim() !== '') body.serial = $('serial').value.trim();
    const from = $('allowedFrom').value.split(',').map(s => s.trim()).filter(s => s !== '');
    if (from.length) body.allowedFrom = from;
    const r = await fetch('/api/push-credentials', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (!r.ok) { await refusal(r); return; }
    const issued = await r.json();
    const base = form.dataset.base;
    const hik = issued.token != null;
    document.getElementById('issued-hikvision').hidden = !hik;
    document.getElementById('issued-zkteco').hidden = hik;
    if (hik) {
      show('issued-url', base + issued.path);
      // Basic or Digest at /push/isapi is Hikvision's alone: a Dahua device has only its URL with the token
      document.getElementById('issued-auth').hidden = issued.username == null;
      show('issued-auth-url', base + '/push/isapi');
      show('issued-user', issued.username || '');
      show('issued-token', issued.token);
    } else {
      show('issued-server', base + issued.path);
      show('issued-serial', issued.credential.serial);
    }
    document.getElementById('push-issued').hidden = false;
    $('serial').value = '';
    $('allowedFrom').value = '';
    $('note').value = '';
    const c = issued.credential;
    dcim.addIssuedRow('push-credentials', 'pc-' + c.id, 'push-credential',
        [c.deviceId, c.dialect, c.serial || '', (c.allowedFrom || []).join(', '), c.note || '', '', ''], 'device');
  });

  dcim.revokeButtons('.revoke-push', form.dataset.confirm,
      b => '/api/push-credentials/' + encodeURIComponent(b.dataset.id), refusal);
})();

// The terminal's own account (Hikvision): kept so that the pictures it names by address are fetched from it, from the
// address it pushes from only. The password goes to the API once and is never shown again; the page reloads.
(function () {
  const form = document.getElementById('terminal-form');
  if (!form) return;
  const errors = document.getElementById('terminal-errors');
  const id = () => encodeURIComponent(document.getElementById('t-credential').value);

  async function answered(r, done) {
    if (r.ok) { errors.textContent = done; window.location.reload(); return; }
    errors.textContent = await dcim.refusal(r);
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.textContent = '';
    const body = {user: document.getElementById('t-user').value.trim(), password: document.getElementById('t-password').value};
    const r = await fetch('/api/push-credentials/' + id() + '/terminal-account',
        {method: 'PUT', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    document.getElementById('t-password').value = '';
    await answered(r, form.dataset.kept);
  });

  document.getElementById('terminal-forget').addEventListener('click', async () => {
    errors.textContent = '';
    const r = await fetch('/api/push-credentials/' + id() + '/terminal-account', {method: 'DELETE'});
    await answered(r, form.dataset.forgotten);
  });
})();
