// MQTT credentials (Art. 25.3): the form writes through /api/mqtt-credentials. The generated password
// is shown once, here, and never again (only its hash is kept); the list is read again after a change.
(function () {
  const $ = (id) => document.getElementById('c-' + id);
  const errors = document.getElementById('credential-errors');

  async function refusal(r) {
    errors.textContent = await dcim.refusal(r);
  }

  const form = dcim.onSubmit('credential-form', 'credential-errors', async (form) => {
    const body = {username: $('username').value.trim(), note: $('note').value.trim() || null};
    if ($('topicScope').value.trim() !== '') body.topicScope = $('topicScope').value.trim();
    if ($('deviceId').value.trim() !== '') body.deviceId = $('deviceId').value.trim();
    if ($('dialect').value !== '') body.dialect = $('dialect').value;
    const r = await fetch('/api/mqtt-credentials', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (!r.ok) { await refusal(r); return; }
    const issued = await r.json();
    document.getElementById('issued-username').textContent = issued.username;
    document.getElementById('issued-password').textContent = issued.password;
    document.getElementById('issued').hidden = false;
    form.reset();
    dcim.addIssuedRow('mqtt-credentials', 'mq-' + issued.username, null,
        [issued.username, issued.topicScope, issued.deviceId || '', issued.dialect || '', issued.note || '', ''], 'username');
  });
  if (!form) return; // read-only: the list without the form

  dcim.revokeButtons('.revoke-credential', form.dataset.confirm,
      b => '/api/mqtt-credentials/' + encodeURIComponent(b.dataset.username), refusal);
})();
