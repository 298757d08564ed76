// The dashboard section: the network's figures (GET .../theme-portfolio) with charts.
import { portfolioApi } from './api.js';
import { chart, COLOURS } from './charts.js';
import { el, failure, replace, yen } from './dom.js';
import { label, STAGES, STATUSES } from './labels.js';

export function renderDashboard(node, api, charts) {
  const root = el('section', { class: 'theme-portfolio', 'data-portfolio': 'dashboard' },
    el('h1', { class: 'section-title' }, 'Theme portfolio (テーマポートフォリオ)'),
    el('p', {}, 'Loading the figures…'));
  node.appendChild(root);
  portfolioApi(api).figures()
    .then((figures) => replace(root, root.firstChild, ...figuresView(figures, charts)))
    .catch((error) => replace(root, root.firstChild, failure(error)));
}

function figuresView(f, charts) {
  const running = Object.values(f.themesByStage).reduce((a, b) => a + b, 0);
  const ended = Object.values(f.themesByStatus).reduce((a, b) => a + b, 0);
  const tiles = el('div', { class: 'tp-tiles' },
    tile('Running themes (進行中)', running, 'running'),
    tile('Ended themes (終了)', ended, 'ended'),
    tile('Adoption rate (採択率)', f.adoptionRate === null ? '–' : `${Math.round(f.adoptionRate * 100)}%`, 'adoption-rate'),
    tile('Licences (導出件数)', f.licences, 'licences'),
    tile('Income received (導入対価)', yen(f.incomeReceived), 'income'));

  const byStage = el('div', { class: 'tp-chart' });
  const byStatus = el('div', { class: 'tp-chart' });
  const medians = el('div', { class: 'tp-chart' });
  const income = el('div', { class: 'tp-chart' });
  const stageKeys = Object.keys(STAGES);
  charts.push(chart(byStage, {
    type: 'bar',
    data: { labels: stageKeys.map((s) => label(STAGES, s)),
      datasets: [{ label: 'Running themes', data: stageKeys.map((s) => f.themesByStage[s] || 0), backgroundColor: COLOURS[0] }] },
    options: { plugins: { title: { display: true, text: 'Running themes by stage (段階別)' }, legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  }));
  const statusKeys = Object.keys(STATUSES);
  charts.push(chart(byStatus, {
    type: 'doughnut',
    data: { labels: statusKeys.map((s) => label(STATUSES, s)),
      datasets: [{ data: statusKeys.map((s) => f.themesByStatus[s] || 0), backgroundColor: COLOURS }] },
    options: { plugins: { title: { display: true, text: 'Ended themes by status (終了理由別)' }, legend: { position: 'right' } } },
  }));
  charts.push(chart(medians, {
    type: 'bar',
    data: { labels: stageKeys.map((s) => label(STAGES, s)),
      datasets: [{ label: 'Median days', data: stageKeys.map((s) => f.medianDaysInStage[s]), backgroundColor: COLOURS[2] }] },
    options: { indexAxis: 'y', plugins: { title: { display: true, text: 'Median days in stage (段階の滞在日数 中央値)' },
      legend: { display: false } }, scales: { x: { beginAtZero: true } } },
  }));
  const institutions = Object.keys(f.incomeByInstitution);
  charts.push(chart(income, {
    type: 'bar',
    data: { labels: institutions,
      datasets: [{ label: 'Income (yen)', data: institutions.map((i) => f.incomeByInstitution[i]), backgroundColor: COLOURS[1] }] },
    options: { indexAxis: 'y', plugins: { title: { display: true, text: 'Income by institution (機関別の導入対価)' },
      legend: { display: false }, tooltip: { callbacks: { label: (c) => yen(c.raw) } } },
    scales: { x: { beginAtZero: true, ticks: { callback: (v) => yen(v) } } } },
  }));
  return [tiles, el('div', { class: 'tp-charts' }, byStage, byStatus, medians, income),
    el('p', {}, el('a', { href: '#/themes', class: 'btn btn-default', 'data-portfolio': 'all-themes' }, 'All themes (テーマ一覧) →'))];
}

function tile(title, value, name) {
  return el('div', { class: 'tp-tile', 'data-figure': name }, el('div', { class: 'tp-tile-value' }, value),
    el('div', { class: 'tp-tile-title' }, title));
}
