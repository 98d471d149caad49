// Personal data (Law 91/2025/QH15): the supervisor's forms write through /api/personal-data; a picture is fetched
// through the audited reading with the reason asked for, shown in place and never cached.
(function () {
  const errors = document.getElementById('pd-errors');
  const result = document.getElementById('pd-result');
  const $ = (id) => document.getElementById('pd-' + id);

  function subject() {
    return {person: $('person') && $('person').value.trim() || null, badge: $('badge') && $('badge').value.trim() || null,
      askedBy: $('askedBy') && $('askedBy').value.trim(), reason: $('reason') && $('reason').value.trim() || null};
  }

  async function send(url, body) {
    errors.textContent = '';
    result.textContent = '';
    const r = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (!r.ok) { errors.textContent = await dcim.refusal(r); return null; }
    return r;
  }

  async function download(url, fallback) {
    const r = await send(url, subject());
    if (!r) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await r.blob());
    a.download = (r.headers.get('Content-Disposition') || '').replace(/.*filename="([^"]+)".*/, '$1') || fallback;
    a.click();
    window.location.reload();
  }

  if ($('export')) {
    $('export').addEventListener('click', () => download('/api/personal-data/exports/archive', 'personal-data.zip'));
    // the document handed to the person: pictures listed, not printed
    if ($('export-pdf')) $('export-pdf').addEventListener('click', () => download('/api/personal-data/exports/document', 'personal-data.pdf'));
    // an account limited to some sites exports; erasure and holds span every site and are not offered to it
    if ($('erase')) $('erase').addEventListener('click', async () => {
      if (!window.confirm($('erase').dataset.confirm)) return;
      const r = await send('/api/personal-data/erasures', subject());
      if (r) window.location.reload();
    });
    if ($('hold')) $('hold').addEventListener('click', async () => {
      const s = subject();
      const r = await send('/api/personal-data/holds', {person: s.person, badge: s.badge, reason: s.reason,
        reviewOn: $('reviewOn') && $('reviewOn').value || null});
      if (r) window.location.reload();
    });
  }
  // a hold looked at and kept: the next review day (yyyy-mm-dd; empty for the default days ahead)
  document.querySelectorAll('.pd-review').forEach(b => b.addEventListener('click', async () => {
    const day = window.prompt(b.dataset.ask);
    if (day === null) return;
    const r = await send('/api/personal-data/holds/' + b.dataset.id + '/review', {reviewOn: day.trim() || null});
    if (r) window.location.reload();
  }));
  document.querySelectorAll('.pd-release').forEach(b => b.addEventListener('click', async () => {
    const r = await send('/api/personal-data/holds/' + b.dataset.id + '/release', {});
    if (r) window.location.reload();
  }));
  document.querySelectorAll('.pd-see').forEach(b => b.addEventListener('click', async () => {
    const why = window.prompt(b.dataset.ask);
    if (why === null) return;
    const r = await fetch('/api/face-pictures/' + b.dataset.id + '/image?why=' + encodeURIComponent(why));
    if (!r.ok) { errors.textContent = await dcim.refusal(r); return; }
    // a data: URL, as the content security policy allows images from the product itself or data: only
    const img = document.getElementById('pd-picture');
    const reader = new FileReader();
    reader.onload = () => { img.src = reader.result; img.hidden = false; };
    reader.readAsDataURL(await r.blob());
  }));
})();
