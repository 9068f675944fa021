// Ortak's few behaviours: searchable pickers and the CSRF token on htmx requests.
(function () {
  function enhance(root) {
    root.querySelectorAll('select[data-searchable]').forEach(function (select) {
      if (!select.tomselect && window.TomSelect) {
        new TomSelect(select, { plugins: select.multiple ? ['remove_button'] : [], maxOptions: 500 });
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:afterSwap', function (event) { enhance(event.target); });
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && event.detail.verb !== 'get') {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
