// The guided pathway: each answer is a link to the page of the next state, which opens at what
// the answer changed (#guide-now, or #guide-question when an answer is to be given again). The
// fragment already scrolls there without scripts; this moves the keyboard focus there too, so a
// screen reader reads the new steps instead of starting again from the top of the page.
(function () {
  'use strict';
  var id = decodeURIComponent(location.hash.slice(1));
  if (id !== 'guide-now' && id !== 'guide-question') return;
  var target = document.getElementById(id);
  if (target) target.focus();
})();
