// Offline search. The indexes (search-index.js of a Region, of the national section) were built
// with MiniSearch at build time and add themselves to window.SOPBOOK_SEARCH; this script loads
// them, queries them all and lists links. It works from file://: nothing is fetched.
(function () {
  'use strict';
  var packs = window.SOPBOOK_SEARCH;
  var form = document.querySelector('form.search');
  if (!packs || !packs.length || !form || typeof MiniSearch === 'undefined') return;
  var indexes = packs.map(function (pack) {
    return { pack: pack, index: MiniSearch.loadJS(pack.index, pack.options) };
  });
  var input = form.querySelector('input');
  var list = form.querySelector('.search-results');
  var status = form.querySelector('#search-status');
  var root = form.getAttribute('data-site-root') || './';
  var several = packs.filter(function (pack) { return pack.folder !== 'national'; }).length > 1;

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
    var results = [];
    indexes.forEach(function (entry) {
      entry.index.search(query).forEach(function (result) {
        result.pack = entry.pack;
        results.push(result);
      });
    });
    results.sort(function (a, b) { return b.score - a.score; });
    // A case study is in the index of every Region it runs in and in the national one: show it once.
    var seen = {};
    results = results.filter(function (result) {
      result.href = new URL(root + result.pack.folder + '/' + result.url, document.baseURI).href;
      if (seen[result.href]) return false;
      seen[result.href] = true;
      return true;
    });
    results = results.slice(0, 30);
    results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = result.href;
      link.textContent = result.title;
      var where = document.createElement('span');
      where.className = 'kind';
      // What the result is and where it sits: "Passo · procedure title · Region" (a case belongs to no one Region).
      where.textContent = [result.pack.labels[result.kind] || result.kind, result.context, several && result.kind !== 'case' ? result.pack.name : '']
        .filter(Boolean).join(' · ');
      link.appendChild(where);
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
