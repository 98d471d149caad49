// The screens' forms send JSON (or a file) to the API through dcim.send. Whatever goes wrong is shown
// to the person in the form's error line: the server's refusal with each field and why, a page that
// could not reach the server, or a browser that refused the request. Nothing is swallowed.
window.dcim = window.dcim || {};
(function (dcim) {
  function show(el, text) {
    if (!el) { window.alert(text); return; }
    el.textContent = text;
    el.hidden = false;
  }

  // The refusal as the error mapper writes it: {message, fields: [{field, message}]}.
  dcim.describe = function (out, status) {
    if (out && Array.isArray(out.fields) && out.fields.length) {
      return out.fields.map(x => (x.field ? x.field + ': ' : '') + x.message).join('; ');
    }
    return (out && out.message) || ('HTTP ' + status);
  };

  // A refused response (fetched by the page itself) in the same words: resolves to the text to show.
  dcim.refusal = async function (r) {
    return dcim.describe(await r.json().catch(() => null), r.status);
  };

  // Sends body (an object as JSON, or a Blob/File as is) and resolves to {ok, status, data};
  // a failure is already shown in errorsEl, whose data-failed attribute says "could not send" in the page's language.
  dcim.send = async function (method, url, body, errorsEl, contentType) {
    if (errorsEl) { errorsEl.textContent = ''; }
    const raw = body instanceof Blob;
    let r;
    try {
      r = await fetch(url, {
        method: method, credentials: 'same-origin',
        headers: {'Content-Type': contentType || (raw ? (body.type || 'application/octet-stream') : 'application/json'),
          'Accept': 'application/json'},
        body: body === undefined ? undefined : (raw ? body : JSON.stringify(body))
      });
    } catch (err) {
      show(errorsEl, ((errorsEl && errorsEl.dataset.failed) || 'Could not send') + ': ' + err.message);
      return {ok: false, status: 0, data: null};
    }
    const data = await r.json().catch(() => null);
    if (!r.ok) { show(errorsEl, dcim.describe(data, r.status)); }
    return {ok: r.ok, status: r.status, data: data};
  };

  // A screen's own form, sent by script. A page without it (a read-only view) does nothing; each submit stays on the
  // page, empties the error line (errorsId, when the screen has one) and hands the form and that line to send.
  dcim.onSubmit = function (formId, errorsId, send) {
    const form = document.getElementById(formId);
    if (!form) return null;
    const errors = errorsId ? document.getElementById(errorsId) : null;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (errors) { errors.textContent = ''; }
      await send(form, errors);
    });
    return form;
  };

  // The form's fields as an object: empty fields left out, numbers as numbers.
  dcim.fields = function (form, names, numbers) {
    const f = new FormData(form);
    const body = {};
    for (const k of names) {
      const v = f.get(k);
      if (v === null || String(v).trim() === '') continue;
      body[k] = (numbers || []).includes(k) ? Number(v) : String(v).trim();
    }
    return body;
  };

  // A device credential's new row, added to the list's table without reloading the page: a reload would lose
  // the secret shown only this once (MQTT and push credentials). Plain texts; the first cell gets firstClass.
  dcim.addIssuedRow = function (tableId, rowId, rowClass, texts, firstClass) {
    const tr = document.createElement('tr');
    tr.id = rowId;
    if (rowClass) { tr.className = rowClass; }
    for (const text of texts) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    tr.firstChild.className = firstClass;
    document.querySelector('#' + tableId + ' tbody').appendChild(tr);
  };

  // The buttons that withdraw a credential each: asked first (confirmText), then DELETE urlOf(button) and the
  // list read again; a refusal goes to onRefused(response) to be shown in the screen's error line.
  dcim.revokeButtons = function (selector, confirmText, urlOf, onRefused) {
    document.querySelectorAll(selector).forEach(b => b.addEventListener('click', async () => {
      if (!window.confirm(confirmText)) return;
      const r = await fetch(urlOf(b), {method: 'DELETE'});
      if (r.ok) { location.reload(); return; }
      await onRefused(r);
    }));
  };
})(window.dcim);
