// Attestations from the compliance screen go through the API (Art. of the row). A document is uploaded
// first (POST /api/documents, multipart; kept encrypted) and the attestation names it as its evidence.
(function () {
  const out = document.getElementById('attest-result');
  const val = (id) => document.getElementById(id).value.trim();

  async function refusal(r) {
    out.textContent = await dcim.refusal(r);
    out.className = 'result error';
  }

  async function send(path, body) {
    const r = await fetch('/api/compliance/' + encodeURIComponent(val('attest-id')) + path, {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)
    });
    if (r.ok) { location.reload(); return; }
    await refusal(r);
  }

  document.getElementById('attest-submit').onclick = async () => {
    const body = {note: val('attest-note'), validDays: parseInt(val('attest-days'), 10) || null};
    const file = document.getElementById('attest-file').files[0];
    if (file) {
      const data = new FormData();
      data.append('file', file, file.name);
      const up = await fetch('/api/documents', {method: 'POST', body: data});
      if (!up.ok) { await refusal(up); return; }
      body.documentId = (await up.json()).id;
    }
    send('/attestations', body);
  };
  document.getElementById('not-applicable-submit').onclick = () => send('/not-applicable', {reason: val('attest-note')});
})();
