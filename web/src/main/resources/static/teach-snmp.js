// "Dạy thiết bị SNMP": a walk file chosen is read into the text box, so the form stays a plain form the server
// reads; the profile's name is offered from the file's name when none is typed yet.
(function () {
  var file = document.getElementById('w-file');
  if (!file) { return; }
  file.addEventListener('change', function (e) {
    var f = e.target.files[0];
    if (!f) { return; }
    var r = new FileReader();
    r.onload = function () { document.getElementById('w-text').value = r.result; };
    r.readAsText(f);
    var n = document.getElementById('w-name');
    if (!n.value) {
      n.value = f.name.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '').substring(0, 40);
    }
  });
})();
