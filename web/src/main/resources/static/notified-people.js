// The people the duty roster's escalation tells and their contacts, through /api/notified-people;
// "send a test" queues a test message on one contact (its delivery shows in the outbox).
(function () {
  const errors = document.getElementById('people-errors');
  const result = document.getElementById('np-result');
  const $ = (id) => document.getElementById(id);

  async function refusal(r) {
    const text = await dcim.refusal(r);
    if (errors) errors.textContent = text; else result.textContent = text;
  }

  document.querySelectorAll('.test-contact').forEach(b => b.addEventListener('click', async () => {
    const r = await fetch('/api/notified-people/contacts/' + b.dataset.id + '/test', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'});
    if (r.ok) { result.textContent = result.dataset.queued; return; }
    await refusal(r);
  }));

  const person = $('person-form');
  if (person) person.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {name: $('p-name').value.trim(), position: $('p-position').value, language: $('p-language').value};
    if ($('p-quietFrom').value) body.quietFrom = $('p-quietFrom').value;
    if ($('p-quietTo').value) body.quietTo = $('p-quietTo').value;
    const r = await fetch('/api/notified-people', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (r.ok) { dcim.saved(); return; }
    await refusal(r);
  });

  const contact = $('contact-form');
  if (contact) contact.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {channelType: $('c-channelType').value, address: $('c-address').value.trim(), preferred: $('c-preferred').checked};
    if ($('c-secret').value !== '') body.secret = $('c-secret').value;
    const r = await fetch('/api/notified-people/' + $('c-person').value + '/contacts',
      {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (r.ok) { dcim.saved(); return; }
    await refusal(r);
  });
})();
