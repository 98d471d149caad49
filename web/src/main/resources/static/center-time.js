// The one format of times people see: the center's wall clock (DCIM_TIME_ZONE, given by the
// page as <meta name="center-zone">), dd/MM/yyyy HH:mm, whatever the browser's own zone and language.
window.centerTime = function (iso) {
  if (!iso) return '';
  const at = new Date(iso);
  if (isNaN(at)) return String(iso);
  const meta = document.querySelector('meta[name="center-zone"]');
  const parts = {};
  new Intl.DateTimeFormat('en-GB', {timeZone: meta ? meta.content : undefined, year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(at).forEach(p => { parts[p.type] = p.value; });
  return parts.day + '/' + parts.month + '/' + parts.year + ' ' + parts.hour + ':' + parts.minute;
};
