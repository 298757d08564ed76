// A theme's dossier (#/themes/:themeId) as a timeline: its stages as floating bars over time, then
// every decision in order with who took it, when and what was submitted, then the payments.
import { portfolioApi } from './api.js';
import { chart, COLOURS } from './charts.js';
import { date, el, failure, replace, yen } from './dom.js';
import { label, STAGES, STATUSES } from './labels.js';

export function renderDossier(node, api, charts) {
  const themeId = decodeURIComponent(window.location.hash.replace(/^#\/themes\//, '').split(/[?/]/)[0]);
  const root = el('section', { class: 'theme-portfolio tp-page', 'data-portfolio': 'dossier' },
    el('p', {}, el('a', { href: '#/themes' }, '← Themes (テーマ一覧)')), el('p', {}, `Loading ${themeId}…`));
  node.appendChild(root);
  portfolioApi(api).dossier(themeId)
    .then((d) => replace(root, root.firstChild, ...dossierView(d, charts)))
    .catch((error) => replace(root, root.firstChild, failure(error)));
}

function dossierView(d, charts) {
  const facts = el('dl', { class: 'dl-horizontal tp-facts' },
    fact('Institution (機関)', d.institution), fact('Stage (段階)', label(STAGES, d.themeStage)),
    fact('Status (状態)', d.themeStatus ? label(STATUSES, d.themeStatus) : 'running (進行中)'),
    fact('Started (開始)', date(d.startedAt)), fact('Ended (終了)', date(d.endedAt)),
    fact('Next deadline (次の期限)', date(d.nextDeadline)), fact('Licensee (導出先)', d.selectedLicensee || '–'));
  const timeline = el('div', { class: 'tp-chart tp-timeline-chart' });
  charts.push(stageChart(timeline, d.stages));
  return [
    el('h1', { class: 'section-title' }, `${d.themeId}: ${d.themeTitle}`), facts,
    el('h2', {}, 'Stages (段階の推移)'), timeline,
    el('table', { class: 'cam-table tp-stages' }, el('thead', {}, el('tr', {}, ['Stage', 'From', 'To', 'Outcome (結果)']
      .map((h) => el('th', {}, h)))), el('tbody', {}, d.stages.map((s) => el('tr', {}, el('td', {}, label(STAGES, s.stage)),
      el('td', {}, date(s.from)), el('td', {}, date(s.to)), el('td', {}, s.outcome || '–'))))),
    el('h2', {}, 'Decisions (意思決定の記録)'),
    d.decisions.length === 0 ? el('p', {}, 'No decision yet.')
      : el('ol', { class: 'tp-timeline', 'data-portfolio': 'decisions' }, d.decisions.map(decision)),
    el('h2', {}, 'Payments (導入対価の配分)'),
    d.payments.length === 0 ? el('p', {}, 'No payment yet.') : paymentsTable(d.payments),
  ];
}

function stageChart(holder, stages) {
  const now = Date.now();
  // The time axis spans the theme's life (a bar chart's value axis would otherwise start at 1970).
  const start = Math.min(...stages.map((s) => Date.parse(s.from)), now);
  const end = Math.max(...stages.map((s) => (s.to ? Date.parse(s.to) : now)), start + 60000);
  const margin = (end - start) * 0.02;
  return chart(holder, {
    type: 'bar',
    data: {
      labels: stages.map((s, i) => `${i + 1}. ${label(STAGES, s.stage)}`),
      datasets: [{ label: 'Stage', data: stages.map((s) => [Date.parse(s.from), s.to ? Date.parse(s.to) : now]),
        backgroundColor: stages.map((s) => COLOURS[Object.keys(STAGES).indexOf(s.stage) % COLOURS.length]), minBarLength: 4 }],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false },
        tooltip: { callbacks: { label: (c) => `${date(stages[c.dataIndex].from)} → ${stages[c.dataIndex].to ? date(stages[c.dataIndex].to) : 'now'}`
          + (stages[c.dataIndex].outcome ? `: ${stages[c.dataIndex].outcome}` : '') } } },
      scales: { x: { type: 'linear', min: start - margin, max: end + margin, ticks: { callback: (v) => date(new Date(v).toISOString()), maxTicksLimit: 6 } } },
    },
  });
}

function decision(d) {
  return el('li', { 'data-task': d.taskKey },
    el('div', { class: 'tp-when' }, date(d.completedAt)),
    el('div', { class: 'tp-what' }, el('strong', {}, d.taskName || d.taskKey), ` — ${d.completedBy || 'unknown'}`),
    Object.keys(d.values).length === 0 ? null : el('dl', { class: 'tp-values' },
      Object.entries(d.values).map(([name, value]) => [el('dt', {}, name),
        el('dd', {}, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))])));
}

function paymentsTable(payments) {
  return el('table', { class: 'cam-table' },
    el('thead', {}, el('tr', {}, ['Recorded', 'Payment', 'Licensee', 'Amount', 'Split (配分)'].map((h) => el('th', {}, h)))),
    el('tbody', {}, payments.map((p) => el('tr', {}, el('td', {}, date(p.recordedAt)),
      el('td', {}, p.paymentKind === 'UPFRONT' ? 'Upfront (一時金)' : `Milestone (マイルストン): ${p.milestoneName}`),
      el('td', {}, p.licensee), el('td', {}, yen(p.paymentAmount)),
      el('td', {}, p.parts.map((part) => `${part.institution} ${part.sharePercent}% = ${yen(part.amount)}`).join('; '))))));
}

function fact(term, value) {
  return [el('dt', {}, term), el('dd', {}, value || '–')];
}
