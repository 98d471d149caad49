// Internet links are registered and changed through /api/isp-links (Art. 8.1đ). A refusal is shown in
// the form with each field and why; a success reloads the list with the link as saved.
(function () {
  const names = ['siteId', 'provider', 'circuitId', 'interfaceName', 'gateway', 'sourceAddress', 'probeTargets'];
  for (const form of document.querySelectorAll('form.isp-link-form')) {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = await dcim.send(form.dataset.method, form.dataset.url, dcim.fields(form, names), form.querySelector('.result'));
      if (r.ok) dcim.saved();
    });
  }
})();
