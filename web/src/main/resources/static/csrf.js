// CSRF protection for the screens' own fetch calls: every same-origin request that changes
// something carries the token the server put in the page (the cookie alone is refused).
(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (!meta || !window.fetch) return;
  const token = meta.getAttribute('content');
  const original = window.fetch.bind(window);
  window.fetch = function (input, init) {
    init = init || {};
    const method = (init.method || 'GET').toUpperCase();
    const url = new URL(typeof input === 'string' ? input : input.url, window.location.href);
    if (method !== 'GET' && method !== 'HEAD' && url.origin === window.location.origin) {
      const headers = new Headers(init.headers || {});
      headers.set('X-CSRF-TOKEN', token);
      init.headers = headers;
    }
    return original(input, init);
  };
})();
