// Import screen: the file first goes as a dry run (nothing written) and the preview lists every bad row
// with its row number, field and reason; only then can the person import the valid rows, the bad ones skipped.
(function () {
  const form = document.getElementById('import-form');
  if (!form) return;
  const errors = document.getElementById('import-errors');
  const result = document.getElementById('import-result');
  const summary = document.getElementById('import-summary');
  const commit = document.getElementById('import-commit');
  let file = null;

  function fill(template, r) {
    return template.replace('%rows%', r.rows).replace('%valid%', r.valid).replace('%imported%', r.imported)
      .replace('%errors%', r.errors.length);
  }

  function show(r) {
    const body = document.querySelector('#import-problems tbody');
    body.textContent = '';
    for (const p of r.errors || []) {
      const tr = document.createElement('tr');
      tr.className = 'import-problem';
      for (const v of [p.row, p.field, p.reason]) {
        const td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    summary.textContent = fill(r.dryRun ? summary.dataset.preview : summary.dataset.done, r);
    result.hidden = false;
    commit.hidden = !r.dryRun || r.valid === 0;
    document.getElementById('import-back').hidden = r.dryRun;
  }

  function type(f) {
    return f.name.toLowerCase().endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    file = document.getElementById('import-file').files[0];
    if (!file) return;
    result.hidden = true;
    const r = await dcim.send('POST', '/api/assets/import?dryRun=true', file, errors, type(file));
    if (r.ok) show(r.data);
  });

  commit.addEventListener('click', async () => {
    if (!file) return;
    commit.disabled = true;
    const r = await dcim.send('POST', '/api/assets/import?dryRun=false&skipInvalid=true', file, errors, type(file));
    commit.disabled = false;
    if (r.data && Array.isArray(r.data.errors)) show(r.data);
  });
})();
