// After a form saved, the page it leads to says so: the address carries saved=1 and the
// layout shows "Đã lưu" / "Saved" above the content. dcim.saved(url) goes there; without a url, it reloads this page.
window.dcim = window.dcim || {};
window.dcim.saved = function (url) {
  const next = new URL(url || window.location.href, window.location.href);
  next.searchParams.set('saved', '1');
  window.location.assign(next.toString());
};
