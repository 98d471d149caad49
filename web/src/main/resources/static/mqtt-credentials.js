// MQTT credentials (Art. 25.3): the form writes through /api/mqtt-credentials. The generated password
// is shown once, here, and never again (only its hash is kept); the list is read again after a change.
(function () {
  const form = document.getElementById('credential-form');
  if (!form) return; // read-only: the list without the form
  const errors = document.getElementById('credential-errors');
  const $ = (id) => document.getElementById('c-' + id);

  async function refusal(r) {
    errors.textContent = await dcim.refusal(r);
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.textContent = '';
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
    // the new row, without reloading the page (a reload would lose the password shown once)
    const tbody = document.querySelector('#mqtt-credentials tbody');
    const tr = document.createElement('tr');
    tr.id = 'mq-' + issued.username;
    for (const text of [issued.username, issued.topicScope, issued.deviceId || '', issued.dialect || '', issued.note || '', '']) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    tr.firstChild.className = 'username';
    tbody.appendChild(tr);
  });

  document.querySelectorAll('.revoke-credential').forEach(b => b.addEventListener('click', async () => {
    if (!window.confirm(form.dataset.confirm)) return;
    const r = await fetch('/api/mqtt-credentials/' + encodeURIComponent(b.dataset.username), {method: 'DELETE'});
    if (r.ok) { location.reload(); return; }
    await refusal(r);
  }));
})();
