// The records register (Art. 12.1): the document is uploaded first (POST /api/documents, multipart),
// then the record is registered naming it (POST /api/records). Refusals are shown as the API words them.
// Read-only (no form): the list alone.
(function () {
  const $ = (id) => document.getElementById('rec-' + id);

  dcim.onSubmit('record-form', 'record-errors', async (form, errors) => {
    const refusal = async (r) => { errors.textContent = await dcim.refusal(r); };
    let documentId = null;
    const file = $('file').files[0];
    if (file) {
      if (file.size > Number(form.dataset.maxBytes)) { errors.textContent = form.dataset.tooLarge; return; }
      const data = new FormData();
      data.append('file', file, file.name);
      const up = await fetch('/api/documents', {method: 'POST', body: data});
      if (!up.ok) { await refusal(up); return; }
      documentId = (await up.json()).id;
    }
    const body = {recordType: $('recordType').value, title: $('title').value.trim(), periodFrom: $('periodFrom').value,
      periodTo: $('periodTo').value || null, storedAt: $('storedAt').value.trim(), responsible: $('responsible').value.trim(),
      retentionYears: Number($('retentionYears').value), documentId: documentId};
    const r = await fetch('/api/records', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (r.ok) { dcim.saved('/ui/records?type=' + encodeURIComponent(body.recordType)); return; }
    await refusal(r);
  });
})();
