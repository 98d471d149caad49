// The crew's checklist of a change: each step is confirmed by the labels scanned (a QR reader types them into the
// fields); a confirmation made without network waits in this phone's storage and is sent when the network is back,
// with its own scan id so that sending it twice stores it once.
(function () {
  const list = document.getElementById('chg-steps');
  if (!list) return;
  const change = list.dataset.change;
  const key = 'change-steps-' + change;
  const queueNote = document.getElementById('chg-queue');

  function queued() { return JSON.parse(localStorage.getItem(key) || '[]'); }
  function keep(q) { localStorage.setItem(key, JSON.stringify(q)); showQueue(); }
  function showQueue() {
    const n = queued().length;
    queueNote.textContent = n ? list.dataset.queued.replace('{0}', n) : '';
  }
  function newId() {
    return (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
  }

  async function send(item) {
    let r;
    try {
      r = await fetch('/api/changes/' + change + '/steps/' + item.step + '/confirm', {method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'}, body: JSON.stringify(item.scan)});
    } catch (offline) {
      return {offline: true};
    }
    const body = await r.json().catch(() => ({}));
    return {ok: r.ok, body: body};
  }

  async function flush() {
    const q = queued();
    const left = [];
    for (const item of q) {
      const answer = await send(item);
      if (answer.offline) left.push(item);
      else if (answer.ok) mark(item.step, answer.body);
      else told(item.step, answer.body.message);
    }
    keep(left);
  }

  function mark(step, body) {
    const li = list.querySelector('[data-step="' + step + '"]');
    if (!li) return;
    li.classList.add('done');
    const form = li.querySelector('form');
    if (form) form.remove();
    const out = document.createElement('span');
    out.className = 'chg-step-outcome';
    out.textContent = ' — ' + (body.outcome === 'as_planned' ? list.dataset.done : (body.difference || body.outcome));
    li.appendChild(out);
  }

  function told(step, message) {
    const li = list.querySelector('[data-step="' + step + '"]');
    const slot = li && li.querySelector('.chg-step-told');
    if (slot) slot.textContent = message || '';
  }

  list.querySelectorAll('.chg-step-form').forEach(function (form) {
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      const step = form.closest('li').dataset.step;
      const v = function (name) { const f = form.querySelector('[name="' + name + '"]'); return f ? f.value.trim() : null; };
      const item = {step: step, scan: {scanId: newId(), rackCode: v('rackCode'), assetCode: v('assetCode'),
        differs: form.querySelector('.chg-differs').checked, difference: v('difference') || null}};
      const answer = await send(item);
      if (answer.offline) {
        keep(queued().concat([item]));
        told(step, list.dataset.offline);
      } else if (answer.ok) {
        mark(step, answer.body);
      } else {
        told(step, answer.body.message);
      }
    });
  });

  const letter = document.getElementById('chg-letter-form');
  if (letter) {
    letter.addEventListener('submit', async function (e) {
      e.preventDefault();
      const file = document.getElementById('chg-letter-file').files[0];
      if (!file) return;
      const data = new FormData();
      data.append('file', file);
      const r = await fetch('/ui/changes/' + letter.dataset.change + '/letter', {method: 'POST', credentials: 'same-origin', body: data});
      window.location.href = r.url || window.location.href;
    });
  }

  window.addEventListener('online', flush);
  showQueue();
  if (navigator.onLine && queued().length) flush();
})();
