// Ortak's few behaviours: searchable pickers and the CSRF token on htmx requests.
(function () {
  function enhance(root) {
    root.querySelectorAll('select[data-searchable]').forEach(function (select) {
      if (!select.tomselect && window.TomSelect) {
        // Tom Select moves the label to its own control: the hidden select keeps its name
        var label = select.id && document.querySelector('label[for="' + select.id + '"]');
        if (label && !select.hasAttribute('aria-label')) {
          select.setAttribute('aria-label', label.textContent.trim());
        }
        new TomSelect(select, { plugins: select.multiple ? ['remove_button'] : [], maxOptions: 500 });
      }
    });
    // region pickers search the server as people type, in every language and at every level;
    // without JavaScript the select offers the countries, their first level and the choice
    root.querySelectorAll('select[data-remote]').forEach(function (select) {
      if (!select.tomselect && window.TomSelect) {
        var label = select.id && document.querySelector('label[for="' + select.id + '"]');
        if (label && !select.hasAttribute('aria-label')) {
          select.setAttribute('aria-label', label.textContent.trim());
        }
        new TomSelect(select, {
          valueField: 'id', labelField: 'label', searchField: ['label', 'names'], allowEmptyOption: true,
          maxOptions: 50, loadThrottle: 250,
          load: function (query, callback) {
            fetch(select.getAttribute('data-remote') + '?q=' + encodeURIComponent(query),
                { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
              .then(function (response) { return response.ok ? response.json() : []; })
              .then(callback, function () { callback(); });
          }
        });
      }
    });
  }
  // the register in figures: each table drawn as a bar chart (the table stays for screen readers)
  function charts(root) {
    if (!window.Chart) { return; }
    root.querySelectorAll('canvas.figures-chart').forEach(function (canvas) {
      var table = document.getElementById(canvas.getAttribute('data-table'));
      if (!table || window.Chart.getChart(canvas)) { return; }
      var labels = [];
      var values = [];
      table.querySelectorAll('tbody tr').forEach(function (row) {
        var count = row.querySelector('td[data-value]');
        if (count) {
          labels.push(row.cells[0].textContent.trim());
          values.push(Number(count.getAttribute('data-value')));
        }
      });
      var rtl = document.documentElement.dir === 'rtl';
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: [{ data: values, backgroundColor: '#1f4e5f' }] },
        options: {
          animation: false, indexAxis: 'y', plugins: { legend: { display: false } },
          scales: { x: { reverse: rtl, ticks: { precision: 0 } }, y: { position: rtl ? 'right' : 'left' } },
          locale: document.documentElement.lang
        }
      });
    });
  }
  // a target's trend: its approved values as a line, its target as a dashed one (the table stays)
  function trends(root) {
    if (!window.Chart) { return; }
    root.querySelectorAll('canvas.trend-chart').forEach(function (canvas) {
      var table = document.getElementById(canvas.getAttribute('data-table'));
      if (!table || window.Chart.getChart(canvas)) { return; }
      var labels = [];
      var values = [];
      table.querySelectorAll('tbody tr').forEach(function (row) {
        labels.push(row.cells[0].textContent.trim());
        values.push(Number(row.querySelector('td[data-value]').getAttribute('data-value')));
      });
      var target = Number(canvas.getAttribute('data-target'));
      var rtl = document.documentElement.dir === 'rtl';
      new window.Chart(canvas, {
        type: 'line',
        data: { labels: labels, datasets: [
          { data: values, borderColor: '#1f4e5f', backgroundColor: '#1f4e5f' },
          { label: canvas.getAttribute('data-target-label'), data: labels.map(function () { return target; }),
            borderColor: '#8a4b00', borderDash: [6, 4], pointRadius: 0 }] },
        options: {
          animation: false, plugins: { legend: { display: false } },
          scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left', beginAtZero: true } },
          locale: document.documentElement.lang
        }
      });
    });
  }
  // rows of a list the server reads in order (an agenda's topics and sessions): dragged, or
  // moved with their buttons; their fields are named anew after each move (topics[0].title…)
  function renumber(list) {
    var name = list.getAttribute('data-sortable-rows');
    var pattern = new RegExp('^' + name + '\\[\\d+\\]');
    Array.prototype.forEach.call(list.children, function (row, index) {
      row.querySelectorAll('[name]').forEach(function (field) {
        field.setAttribute('name', field.getAttribute('name').replace(pattern, name + '[' + index + ']'));
      });
    });
  }
  function sortable(root) {
    root.querySelectorAll('[data-sortable-rows]').forEach(function (list) {
      if (window.Sortable && !list.sortable) {
        list.sortable = window.Sortable.create(list, { animation: 150, handle: '.btn-group-vertical', onEnd: function () { renumber(list); } });
      }
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.row-up, .row-down');
    if (!button) { return; }
    var row = button.closest('.sortable-row');
    var list = row.parentElement;
    if (button.classList.contains('row-up') && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    }
    else if (button.classList.contains('row-down') && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    }
    renumber(list);
    button.focus();
  });
  // the check-in desk reads a registrant's QR code with the camera, where the browser can
  function camera(root) {
    var button = root.querySelector('#scan-camera');
    if (!button || !('BarcodeDetector' in window) || !navigator.mediaDevices) { return; }
    button.classList.remove('d-none');
    button.addEventListener('click', function () {
      var video = document.getElementById('scan-video');
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.classList.remove('d-none');
        video.play();
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
              stream.getTracks().forEach(function (track) { track.stop(); });
              document.getElementById('code').value = codes[0].rawValue;
              document.getElementById('code-form').submit();
            }
            else { window.requestAnimationFrame(look); }
          }, function () { window.requestAnimationFrame(look); });
        };
        look();
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { enhance(document); charts(document); trends(document); sortable(document); camera(document); });
  // forms that do something hard to undo ask first
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  // a printable list: the print stylesheet keeps the table and drops the controls
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) { window.print(); }
  });
  // switching language keeps the page as it is: its search, filters and page
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-lang]');
    if (!link) { return; }
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set('lang', link.getAttribute('data-lang'));
    window.location.assign(url.toString());
  });
  document.addEventListener('htmx:afterSwap', function (event) { enhance(event.target); });
  // a region opened in the tree needs its button no more
  document.addEventListener('htmx:afterRequest', function (event) {
    var opener = event.detail.elt;
    if (event.detail.successful && opener.classList.contains('open-region')) { opener.remove(); }
  });
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && event.detail.verb !== 'get') {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
