// Narrows a long list as the reader types (the divergences page). Without scripts the page
// keeps its table of contents and every item; this only adds the filter box.
(function () {
  'use strict';
  document.querySelectorAll('[data-filter]').forEach(function (box) {
    var root = document.querySelector(box.getAttribute('data-filter'));
    var input = box.querySelector('input');
    var status = box.querySelector('.filter-status');
    if (!root || !input) return;
    var items = Array.prototype.slice.call(root.querySelectorAll(box.getAttribute('data-filter-items')));
    var words = items.map(function (item) { return normalise(item.textContent); });
    box.hidden = false;

    input.addEventListener('input', function () {
      var query = normalise(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, i) {
        var match = query.every(function (word) { return words[i].indexOf(word) !== -1; });
        item.hidden = !match;
        if (match) shown += 1;
      });
      // A group (section) with nothing left to show is hidden with its heading.
      root.querySelectorAll('section').forEach(function (section) {
        section.hidden = query.length > 0 && !section.querySelector(box.getAttribute('data-filter-items') + ':not([hidden])');
      });
      status.textContent = query.length > 0 ? status.getAttribute('data-count').replace('{n}', String(shown)) : '';
    });
  });

  function normalise(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
})();
