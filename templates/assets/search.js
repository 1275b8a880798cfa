// Offline search for one Region's handbook. The index (search-index.js) was built with
// MiniSearch at build time; this script only loads it, queries it and lists links.
(function () {
  'use strict';
  var data = window.SOPBOOK_SEARCH;
  var form = document.querySelector('form.search');
  if (!data || !form || typeof MiniSearch === 'undefined') return;
  var index = MiniSearch.loadJS(data.index, data.options);
  var input = form.querySelector('input');
  var list = form.querySelector('.search-results');
  var status = form.querySelector('#search-status');
  var root = form.getAttribute('data-region-root') || './';

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = list.querySelector('a');
    if (first) first.focus();
  });

  input.addEventListener('input', function () {
    var query = input.value.trim();
    list.textContent = '';
    if (query.length < 2) {
      list.hidden = true;
      status.textContent = '';
      return;
    }
    var results = index.search(query, { prefix: true, fuzzy: 0.2, boost: { title: 2 } }).slice(0, 20);
    results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + result.url;
      link.textContent = result.title;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = data.labels[result.kind] || result.kind;
      link.appendChild(kind);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    status.textContent = results.length === 0
      ? status.getAttribute('data-none')
      : results.length === 1 ? status.getAttribute('data-one') : status.getAttribute('data-many').replace('{n}', String(results.length));
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !list.hidden) {
      list.hidden = true;
      input.focus();
    }
  });
})();
