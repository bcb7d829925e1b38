// Bar charts of the analysis page: each canvas.bar-chart carries its data in data-chart (JSON: labels, values in %).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
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
          backgroundColor: data.values.map(function (v) {
            return v < 50 ? '#991b1b' : (v < 75 ? '#b45309' : '#166534');
          })
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
