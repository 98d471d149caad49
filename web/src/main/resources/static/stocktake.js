// The crew's phone page of a stock-take. Scan (or type) a room or rack label, then the asset
// labels seen there; each answer comes at once: found here, misplaced (registered elsewhere), unknown.
// Every scan is first kept in IndexedDB with its own id and removed once the server has answered, so a
// scan made without signal is sent when the phone is back online, and one sent twice is stored once.
// Camera: the browser's BarcodeDetector where it reads QR codes; elsewhere camera frames are read by the
// server (POST /api/stocktakes/{id}/frames, every ~700 ms) and photos too (/decode). Typing always works.
// A misplaced asset can be moved where it was found by the asset manager ("move it here").
(function () {
  const box = document.getElementById('scan-box');
  const closeForm = document.getElementById('st-close');
  if (closeForm) {
    closeForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = await dcim.send('POST', '/api/stocktakes/' + closeForm.dataset.stocktake + '/close', {},
        document.getElementById('st-close-errors'));
      if (r.ok) location.reload();
    });
  }
  const progress = document.getElementById('st-progress');
  // every answer refreshes the table without waiting for the last refresh: dcim.newest keeps a late, older answer
  // from putting a scan's count back
  const refresh = dcim.newest(async () => {
    try {
      const r = await fetch('/api/stocktakes/' + progress.dataset.stocktake, {headers: {Accept: 'application/json'}});
      return r.ok ? (await r.json()).rooms : undefined;
    } catch (e) {
      return undefined; // offline: the table catches up later
    }
  }, (rooms) => {
    for (const room of rooms) {
      const tr = document.getElementById('st-room-' + room.room.id);
      if (!tr) continue;
      const cells = tr.querySelectorAll('td');
      [room.expected, room.found, room.misplaced, room.unknown, room.missing, room.percent]
        .forEach((v, i) => { cells[i + 1].textContent = v; });
    }
  });

  // "move it here" from the list of a room's scans (asset manager): the row says it at once, where the eye is,
  // and the progress table catches up
  for (const button of document.querySelectorAll('button.st-scan-move')) {
    button.addEventListener('click', async () => {
      const row = button.closest('tr');
      const u = row.querySelector('input.st-scan-move-u');
      const errorsEl = row.querySelector('.st-scan-errors');
      errorsEl.hidden = true;
      const r = await dcim.send('POST', '/api/stocktakes/' + progress.dataset.stocktake + '/scans/'
        + encodeURIComponent(button.dataset.scan) + '/move', u && u.value ? {positionU: Number(u.value)} : {}, errorsEl);
      if (r.ok) {
        row.dataset.outcome = 'moved';
        row.querySelector('.st-scan-outcome').textContent = button.dataset.moved;
        row.querySelector('.st-scan-registered').textContent = button.dataset.room;
        button.closest('.st-scan-move-box').remove();
        refresh();
      }
    });
  }
  if (!box) return;
  const t = box.dataset;
  const id = t.stocktake;
  const api = '/api/stocktakes/' + id;
  const roomSel = document.getElementById('scan-room');
  const where = document.getElementById('scan-where');
  const answer = document.getElementById('scan-answer');
  const codeInput = document.getElementById('scan-code');
  const errors = document.getElementById('scan-errors');
  const place = JSON.parse(localStorage.getItem('stocktake-' + id) || 'null') || {roomId: null, rackId: null, label: null};

  function showPlace() {
    roomSel.value = place.roomId || '';
    where.textContent = place.label || (roomSel.selectedOptions[0] && place.roomId ? roomSel.selectedOptions[0].textContent : where.textContent);
    localStorage.setItem('stocktake-' + id, JSON.stringify(place));
  }
  roomSel.addEventListener('change', () => {
    place.roomId = roomSel.value ? Number(roomSel.value) : null;
    place.rackId = null;
    place.label = roomSel.value ? roomSel.selectedOptions[0].textContent : null;
    showPlace();
  });
  if (place.roomId) showPlace();

  function say(kind, text) {
    answer.className = 'scan-answer ' + kind;
    answer.id = 'scan-answer';
    answer.dataset.outcome = kind;
    answer.textContent = text;
    answer.hidden = false;
  }

  // --- the offline queue (IndexedDB) ---
  let db = null;
  const opened = new Promise((resolve) => {
    if (!window.indexedDB) { resolve(null); return; }
    const req = indexedDB.open('dcim-stocktake', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('pending', {keyPath: 'scanId'});
    req.onsuccess = () => { db = req.result; resolve(db); };
    req.onerror = () => resolve(null);
  });
  function store(mode, fn) {
    return opened.then(d => d ? new Promise((resolve, reject) => {
      const tx = d.transaction('pending', mode);
      const out = fn(tx.objectStore('pending'));
      tx.oncomplete = () => resolve(out && out.result);
      tx.onerror = () => reject(tx.error);
    }) : null);
  }
  const keep = (s) => store('readwrite', os => os.put(s));
  const drop = (scanId) => store('readwrite', os => os.delete(scanId));
  const pending = () => store('readonly', os => os.getAll()).then(all => (all || []).filter(s => s.stocktake === id));

  async function showQueue() {
    const n = (await pending()).length;
    const q = document.getElementById('scan-queue');
    q.dataset.pending = n;
    q.textContent = n ? q.dataset.text.replace('{0}', n) : '';
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }

  // sends one kept scan; true when the server has answered for good (a refusal is final too)
  async function send(s) {
    let r;
    try {
      r = await fetch(api + '/scans', {method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify({scanId: s.scanId, roomId: s.roomId, rackId: s.rackId, code: s.code, scannedAt: s.scannedAt})});
    } catch (e) {
      return null; // no network: stays queued
    }
    if (r.status >= 500 || r.status === 401 || r.status === 0) return null;
    const data = await r.json().catch(() => null);
    await drop(s.scanId);
    return {ok: r.ok, status: r.status, data: data};
  }

  function told(d) {
    const name = d.asset ? ' ' + (d.asset.labelCode || '') + ' · ' + d.asset.display : ' ' + d.code;
    let text = t[d.outcome] + name;
    if (d.outcome === 'misplaced' && d.registeredRoom) text += ' — ' + t.registered + ' ' + d.registeredRoom.display;
    if (d.duplicate) text += ' (' + t.duplicate + ')';
    say(d.outcome, text);
    offerMove(d);
  }

  // "move it here" (asset manager): a misplaced asset is registered where the crew found it; in a rack
  // it takes the U typed here, else the U it had
  const moveBox = document.getElementById('scan-move-box');
  const moveButton = document.getElementById('scan-move');
  const moveU = document.getElementById('scan-move-u');
  function offerMove(d) {
    if (!moveBox) return;
    moveBox.hidden = d.outcome !== 'misplaced';
    document.getElementById('scan-move-u-box').hidden = !d.rackId;
    moveU.value = '';
    moveButton.dataset.scan = d.scanId;
    moveButton.dataset.name = d.asset ? (d.asset.labelCode || '') + ' · ' + d.asset.display : d.code;
  }
  if (moveBox) {
    moveButton.addEventListener('click', async () => {
      errors.hidden = true;
      const body = moveU.value ? {positionU: Number(moveU.value)} : {};
      const r = await dcim.send('POST', api + '/scans/' + encodeURIComponent(moveButton.dataset.scan) + '/move', body, errors);
      if (r.ok) {
        moveBox.hidden = true;
        say('moved', t.moved + ' ' + moveButton.dataset.name + ' — ' + t.movedto);
        refresh();
      }
    });
  }

  async function scan(code) {
    code = (code || '').trim();
    if (!code) return;
    if (/\/ui\/(racks|rooms)\/\d+/.test(code)) { await locate(code); return; }
    if (!place.roomId) { say('unknown', t.chooseroom); roomSel.focus(); return; }
    if (moveBox) moveBox.hidden = true;
    const s = {scanId: newId(), stocktake: id, roomId: place.roomId, rackId: place.rackId, code: code,
      scannedAt: new Date().toISOString()};
    await keep(s);
    const r = await send(s);
    if (r === null) {
      say('queued', t.queued + ': ' + code);
    } else if (r.ok) {
      told(r.data);
      refresh();
    } else {
      errors.textContent = dcim.describe(r.data, r.status);
      errors.hidden = false;
    }
    showQueue();
  }

  async function locate(code) {
    const r = await dcim.send('POST', api + '/locate', {code: code}, errors);
    if (r.ok) {
      place.roomId = r.data.room.id;
      place.rackId = r.data.rackId;
      place.label = r.data.room.display + (r.data.rack ? ' · ' + r.data.rack : '');
      showPlace();
      say('found', t.here + ' ' + place.label);
    }
  }

  async function flush() {
    if (!navigator.onLine) return;
    for (const s of await pending()) {
      const r = await send(s);
      if (r === null) break;
    }
    showQueue();
    refresh();
  }

  document.getElementById('scan-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const code = codeInput.value;
    codeInput.value = '';
    scan(code);
    codeInput.focus();
  });
  document.getElementById('scan-locate').addEventListener('click', () => {
    const code = codeInput.value;
    codeInput.value = '';
    locate(code.trim());
  });

  // --- camera ---
  const video = document.getElementById('scan-video');
  // A label held in front of the camera is scanned once: the same code counts again only after it left
  // the view (a frame without it) for 2 s. A time window alone re-scanned a label still in view when
  // frames came slowly (a busy phone or server), and each re-scan replaced the answer on the screen.
  let last = null;
  let lastSeenAt = 0;
  let leftView = false;
  function seen(code) {
    const now = Date.now();
    if (!code) { leftView = true; return; }
    const again = code === last && !(leftView && now - lastSeenAt > 2000);
    lastSeenAt = now;
    if (again) return;
    last = code;
    leftView = false;
    if (navigator.vibrate) navigator.vibrate(80);
    scan(code);
  }
  async function decodeOnServer(blob) {
    try {
      const r = await fetch(api + '/decode', {method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': blob.type || 'image/jpeg', Accept: 'application/json'}, body: blob});
      if (r.ok) return (await r.json()).code;
    } catch (e) { /* offline: typing still works */ }
    return null;
  }
  document.getElementById('scan-camera').addEventListener('click', async () => {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { say('unknown', t.nocamera); return; }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}});
    } catch (e) { say('unknown', t.nocamera + ' (' + e.name + ')'); return; }
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    if (await nativeQr()) {
      const detector = new window.BarcodeDetector({formats: ['qr_code', 'code_128', 'data_matrix']});
      const tick = async () => {
        try {
          const codes = await detector.detect(video);
          seen(codes.length ? codes[0].rawValue : null);
        } catch (e) { /* a frame not ready */ }
        if (!video.hidden) setTimeout(tick, 300);
      };
      tick();
    } else {
      // the polyfill: a frame every ~700 ms, drawn at most 640 pixels wide, read by the server's decoder
      // (the one photos use); one frame at a time, and a pause when the server says too many
      const canvas = document.createElement('canvas');
      const tick = async () => {
        let wait = 700;
        if (video.videoWidth) {
          canvas.width = Math.min(video.videoWidth, 640);
          canvas.height = Math.round(video.videoHeight * canvas.width / video.videoWidth);
          canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
          const blob = await new Promise(res => canvas.toBlob(res, 'image/jpeg', 0.75));
          const r = blob ? await frameOnServer(blob) : null;
          if (r && !r.slowDown) seen(r.code || null);
          if (r && r.slowDown) wait = 2000;
        }
        if (!video.hidden) setTimeout(tick, wait);
      };
      tick();
    }
  });
  async function nativeQr() {
    if (!('BarcodeDetector' in window)) return false;
    try {
      return (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code');
    } catch (e) { return false; }
  }
  async function frameOnServer(blob) {
    try {
      const r = await fetch(api + '/frames', {method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'image/jpeg', Accept: 'application/json'}, body: blob});
      if (r.status === 429) return {slowDown: true};
      if (r.ok) return await r.json();
    } catch (e) { /* offline: typing still works */ }
    return null;
  }
  document.getElementById('scan-photo').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    const code = await decodeOnServer(file);
    if (code) scan(code); else say('unknown', t.nocamera);
    e.target.value = '';
  });

  window.addEventListener('online', flush);
  setInterval(flush, 15000);
  flush();
})();
