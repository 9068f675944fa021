// The public map: asks /api/v1/public/map for the view (clusters counted by the index, or the
// points when few) whenever it moves, with the page's filters; keeps the view in the URL.
(function () {
  function start() {
    var element = document.getElementById('map');
    if (!element || !window.L) { return; }
    var data = element.dataset;
    var labels = {};
    document.querySelectorAll('#map-legend [data-kind]').forEach(function (item) {
      labels[item.getAttribute('data-kind')] = item.getAttribute('data-label');
    });
    var url = new URL(window.location.href);
    var latitude = Number(url.searchParams.get('lat'));
    var longitude = Number(url.searchParams.get('lon'));
    var zoom = Number(url.searchParams.get('z'));
    var given = url.searchParams.has('lat') && isFinite(latitude) && Math.abs(latitude) <= 85
        && isFinite(longitude) && Math.abs(longitude) <= 180 && isFinite(zoom) && zoom >= 0 && zoom <= 20;
    // those who ask for less motion get no fading or zooming animations
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var map = L.map(element, { zoomControl: false, attributionControl: false, minZoom: 0, maxZoom: 20,
      worldCopyJump: false, maxBounds: [[-90, -180], [90, 180]], maxBoundsViscosity: 1,
      fadeAnimation: !still, zoomAnimation: !still, markerZoomAnimation: !still });
    L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
    // with no tile server, or none reachable, the markers show over the countries' outlines
    var outlined = false;
    function outlines() {
      if (outlined || !data.outlines) { return; }
      outlined = true;
      fetch(data.outlines).then(function (response) { return response.ok ? response.json() : null; })
        .then(function (countries) {
          if (countries) {
            L.geoJSON(countries, { interactive: false,
              style: { color: '#6c757d', weight: 1, fillColor: '#f8f9fa', fillOpacity: 1 } }).addTo(map);
          }
        }, function () { outlined = false; });
    }
    if (data.tiles) {
      L.tileLayer(data.tiles, { maxZoom: 19, attribution: data.attribution }).on('tileerror', outlines).addTo(map);
      L.control.attribution({ prefix: false }).addAttribution(data.attribution).addTo(map);
    } else {
      outlines();
    }
    map.setView(given ? [latitude, longitude] : [Number(data.latitude), Number(data.longitude)],
        given ? zoom : Number(data.zoom));

    var number = new Intl.NumberFormat(document.documentElement.lang);
    var clusters = L.layerGroup().addTo(map);
    var points = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 40,
      // the count in the reader's digits, and said in words to a screen reader
      iconCreateFunction: function (group) {
        var count = group.getChildCount();
        var size = count < 10 ? 'small' : (count < 100 ? 'medium' : 'large');
        return L.divIcon({ html: countIcon(count), className: 'marker-cluster marker-cluster-' + size,
          iconSize: [40, 40] });
      }
    }).addTo(map);

    var status = document.getElementById('map-status');
    var list = document.getElementById('map-points');
    var filters = new URLSearchParams();
    ['q', 'kind', 'status', 'region', 'sector'].forEach(function (name) {
      var value = url.searchParams.get(name);
      if (value) { filters.set(name, value); }
    });
    var pending = null;

    function text(template, count) {
      return template.replace('{0}', number.format(count));
    }

    // a cluster's count in the reader's digits, and in words for a screen reader
    function countIcon(count) {
      var inner = document.createElement('div');
      var shown = document.createElement('span');
      shown.textContent = number.format(count);
      shown.setAttribute('aria-hidden', 'true');
      var said = document.createElement('span');
      said.className = 'visually-hidden';
      said.textContent = text(data.cluster, count);
      inner.appendChild(shown);
      inner.appendChild(said);
      return inner;
    }

    function pointMarker(point) {
      var marker = L.marker([point.latitude, point.longitude], {
        icon: L.divIcon({ className: 'map-point kind-' + point.kind, iconSize: [18, 18] }),
        title: point.name, alt: point.name, riseOnHover: true
      });
      var popup = document.createElement('div');
      var link = document.createElement('a');
      link.href = data.profile + point.id;
      link.textContent = point.name;
      link.dir = 'auto';
      popup.appendChild(link);
      popup.appendChild(document.createElement('br'));
      popup.appendChild(document.createTextNode(labels[point.kind] || point.kind));
      marker.bindPopup(popup);
      marker.on('add', function () {
        var icon = marker.getElement();
        if (icon) { icon.setAttribute('aria-label', point.name); }
      });
      return marker;
    }

    function clusterMarker(cluster) {
      var size = cluster.count < 100 ? 'small' : (cluster.count < 1000 ? 'medium' : 'large');
      var marker = L.marker([cluster.latitude, cluster.longitude], {
        icon: L.divIcon({ html: countIcon(cluster.count), className: 'marker-cluster marker-cluster-' + size,
          iconSize: [40, 40] })
      });
      var closer = function () {
        map.setView([cluster.latitude, cluster.longitude], Math.min(map.getZoom() + 2, 20));
      };
      marker.on('click', closer);
      marker.on('keypress', function (event) {
        if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') { closer(); }
      });
      return marker;
    }

    function show(answer) {
      clusters.clearLayers();
      points.clearLayers();
      list.replaceChildren();
      if (answer.points.length > 0 || answer.clusters.length === 0) {
        points.addLayers(answer.points.map(pointMarker));
        answer.points.forEach(function (point) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = data.profile + point.id;
          link.textContent = point.name;
          link.dir = 'auto';
          item.appendChild(link);
          item.appendChild(document.createTextNode(' · ' + (labels[point.kind] || point.kind)));
          list.appendChild(item);
        });
        status.textContent = text(status.getAttribute('data-few'), answer.total);
      } else {
        answer.clusters.forEach(function (cluster) { clusters.addLayer(clusterMarker(cluster)); });
        status.textContent = text(status.getAttribute('data-count'), answer.total);
      }
      element.setAttribute('data-total', answer.total);
      element.setAttribute('data-mode', answer.points.length > 0 || answer.clusters.length === 0 ? 'points' : 'clusters');
    }

    function load() {
      var bounds = map.getBounds();
      var clamp = function (value, limit) { return Math.max(-limit, Math.min(limit, value)).toFixed(5); };
      var west = clamp(bounds.getWest(), 180);
      var east = clamp(bounds.getEast(), 180);
      var south = clamp(bounds.getSouth(), 90);
      var north = clamp(bounds.getNorth(), 90);
      var query = new URLSearchParams(filters);
      query.set('bbox', [west, south, east, north].join(','));
      query.set('zoom', map.getZoom());
      if (pending) { pending.abort(); }
      pending = new AbortController();
      fetch(data.api + '?' + query.toString(), { headers: { Accept: 'application/json' }, signal: pending.signal })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(show, function (error) {
          if (error.name !== 'AbortError') { status.textContent = data.error; }
        });
      // the view in the address: a shared link opens the same map
      var here = new URL(window.location.href);
      var centre = map.getCenter();
      here.searchParams.set('lat', centre.lat.toFixed(5));
      here.searchParams.set('lon', centre.lng.toFixed(5));
      here.searchParams.set('z', map.getZoom());
      window.history.replaceState(null, '', here.toString());
      var directory = document.getElementById('map-directory');
      if (directory) { directory.search = filters.toString(); }
    }

    var timer = null;
    map.on('moveend', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 150);
    });
    load();

    // a changed filter shows at once, keeping the view
    var form = document.getElementById('map-filters');
    if (form) {
      form.addEventListener('change', function (event) {
        if (event.target.name && event.target.name !== 'q') { form.requestSubmit(); }
      });
      form.addEventListener('submit', function () {
        ['lat', 'lon', 'z'].forEach(function (name) {
          var field = form.querySelector('input[name="' + name + '"]') || document.createElement('input');
          field.type = 'hidden';
          field.name = name;
          field.value = new URL(window.location.href).searchParams.get(name) || '';
          form.appendChild(field);
        });
      });
    }
  }
  document.addEventListener('DOMContentLoaded', start);
})();
