/*
 * The collaboration graph: reads the page's /graph.json and draws it with Cytoscape.
 * Organizations (or groups of them) are dots, the networks, agreements and events they
 * share are squares, diamonds and triangles; a node opens its page.
 */
(function () {
  'use strict';

  function draw(container) {
    fetch(container.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('graph ' + response.status);
        }
        return response.json();
      })
      .then(function (graph) {
        var styles = getComputedStyle(document.documentElement);
        var color = function (name, fallback) {
          return (styles.getPropertyValue(name) || fallback).trim();
        };
        var cy = cytoscape({
          container: container,
          elements: { nodes: graph.nodes, edges: graph.edges },
          wheelSensitivity: 0.3,
          style: [
            { selector: 'node', style: {
              'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
              'width': 'mapData(count, 1, 200, 12, 60)', 'height': 'mapData(count, 1, 200, 12, 60)',
              'background-color': color('--bs-secondary', '#6c757d'), 'color': color('--bs-body-color', '#212529') } },
            { selector: 'node[type = "organization"], node[type = "group"]', style: {
              'background-color': color('--bs-primary', '#0d6efd'), 'shape': 'ellipse' } },
            { selector: 'node[type = "network"]', style: { 'background-color': '#198754', 'shape': 'round-rectangle' } },
            { selector: 'node[type = "agreement"]', style: { 'background-color': '#b35900', 'shape': 'diamond' } },
            { selector: 'node[type = "event"]', style: { 'background-color': '#6f42c1', 'shape': 'triangle' } },
            { selector: 'edge', style: {
              'width': 'mapData(weight, 1, 100, 1, 8)', 'line-color': '#adb5bd', 'curve-style': 'haystack' } }
          ],
          layout: { name: graph.nodes.length > 600 ? 'grid' : 'cose', animate: false, nodeDimensionsIncludeLabels: false }
        });
        cy.on('tap', 'node', function (event) {
          var href = event.target.data('href');
          if (href) {
            window.location.href = (document.body.dataset.context || '') + href;
          }
        });
      })
      .catch(function () {
        container.classList.add('graph-failed');
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('graph');
    if (container && window.cytoscape) {
      draw(container);
    }
  });
})();
