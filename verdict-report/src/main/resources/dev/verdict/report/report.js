(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('verdict-chart-data').textContent);
  var charts = [];
  var failed = 0;
  Object.keys(specs).forEach(function (id) {
    var el = document.getElementById(id);
    try {
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(specs[id]);
      charts.push(chart);
    } catch (e) {
      failed++;
      console.error('verdict: chart ' + id + ' could not be drawn: ' + e);
      el.textContent = 'This chart could not be drawn: ' + e.message;
      el.className += ' chart-error';
    }
  });
  document.body.setAttribute('data-charts', String(Object.keys(specs).length));
  document.body.setAttribute('data-charts-rendered', String(charts.length));
  document.body.setAttribute('data-charts-failed', String(failed));
  function resize() { charts.forEach(function (c) { c.resize(); }); }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
})();
