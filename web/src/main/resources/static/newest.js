// A screen that re-reads something from the server on every change (a scan, an alarm of a burst) does not wait for
// the last read, so the answers may come back out of order. dcim.newest(read, show) returns a function that reads
// and shows only an answer newer than the one shown: an older one, arriving late, would put back a state already
// gone (a count going back, an alarm just cleared shown again). read() resolves to the answer, or undefined for none.
window.dcim = window.dcim || {};
window.dcim.newest = function (read, show) {
  let asked = 0;
  let shown = 0;
  return async function () {
    const mine = ++asked;
    const answer = await read();
    if (answer === undefined || mine < shown) return;
    shown = mine;
    show(answer);
  };
};
