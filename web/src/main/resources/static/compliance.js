// Attestations from the compliance screen go through the API (Art. of the row; the document travels as base64).
(function () {
  const out = document.getElementById('attest-result');
  const val = (id) => document.getElementById(id).value.trim();

  function readFile(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1] || '');
      reader.onerror = reject;
      reader.readAsDataURL(file);
    });
  }

  async function send(path, body) {
    const r = await fetch('/api/compliance/' + encodeURIComponent(val('attest-id')) + path, {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)
    });
    if (r.ok) { location.reload(); return; }
    const e = await r.json().catch(() => ({}));
    out.textContent = (e.field ? e.field + ': ' : '') + (e.message || r.status);
    out.className = 'result error';
  }

  document.getElementById('attest-submit').onclick = async () => {
    const body = {note: val('attest-note'), validDays: parseInt(val('attest-days'), 10) || null};
    const file = document.getElementById('attest-file').files[0];
    if (file) {
      body.documentName = file.name;
      body.documentType = file.type || 'application/octet-stream';
      body.documentBase64 = await readFile(file);
    }
    send('/attestations', body);
  };
  document.getElementById('not-applicable-submit').onclick = () => send('/not-applicable', {reason: val('attest-note')});
})();
