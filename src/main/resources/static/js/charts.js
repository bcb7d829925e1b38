// Bar charts of the analysis page: each canvas.bar-chart carries its data in data-chart (JSON: labels, values in %).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  // The same five bands and colours as the heat map (app.css --heat-0 … --heat-4): 0–19 %, 20–39 %, … 80–100 %.
  var style = getComputedStyle(document.documentElement);
  var bands = [0, 1, 2, 3, 4].map(function (i) { return style.getPropertyValue('--heat-' + i).trim(); });
  function colour(percent) {
    return bands[Math.min(4, Math.floor(percent / 20))];
  }
  document.querySelectorAll('canvas.bar-chart').forEach(function (canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{
          label: canvas.getAttribute('data-series') || '',
          data: data.values,
          backgroundColor: data.values.map(colour),
          borderColor: '#4a5360',
          borderWidth: 1
        }]
      },
      options: {
        responsive: true,
        animation: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } },
        plugins: { legend: { display: false } }
      }
    });
  });
})();
