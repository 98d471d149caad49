// the report's print link (a script file: the content security policy allows no inline script)
document.getElementById('print').addEventListener('click', function (e) {
  e.preventDefault();
  window.print();
});
