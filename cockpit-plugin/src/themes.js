// The theme list page (#/themes): every theme with filters, and the same rows as CSV.
import { portfolioApi } from './api.js';
import { date, el, failure, replace } from './dom.js';
import { label, STAGES, STATUSES } from './labels.js';

export function renderThemes(node, api) {
  const portfolio = portfolioApi(api);
  const filter = { stage: '', status: '', running: '' };
  const table = el('div', { class: 'tp-table' }, 'Loading the themes…');
  const select = (name, title, options) => el('label', {}, `${title} `,
    el('select', { class: 'form-control input-sm', name, onchange: (e) => { filter[name] = e.target.value; load(); } },
      el('option', { value: '' }, 'all (すべて)'),
      Object.entries(options).map(([value, text]) => el('option', { value }, text))));
  const download = el('button', { class: 'btn btn-default btn-sm', type: 'button', onclick: () => csv() }, 'CSV');
  node.appendChild(el('section', { class: 'theme-portfolio tp-page', 'data-portfolio': 'themes' },
    el('h1', { class: 'section-title' }, 'Themes (研究テーマ一覧)'),
    el('p', {}, el('a', { href: '#/' }, '← Dashboard')),
    el('form', { class: 'form-inline tp-filters', onsubmit: (e) => e.preventDefault() },
      select('stage', 'Stage (段階)', STAGES), select('status', 'Status (状態)', STATUSES),
      select('running', 'Running (進行中)', { true: 'running (進行中)', false: 'ended (終了)' }), download),
    table));

  function load() {
    portfolio.themes(filter).then((themes) => replace(table, themesTable(themes))).catch((e) => replace(table, failure(e)));
  }

  function csv() {
    portfolio.themesCsv(filter).then((text) => {
      const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: 'themes.csv' });
      link.click();
      URL.revokeObjectURL(link.href);
    }).catch((e) => replace(table, failure(e)));
  }

  load();
}

function themesTable(themes) {
  if (themes.length === 0) return el('p', {}, 'No theme matches (該当なし).');
  return el('table', { class: 'cam-table' },
    el('thead', {}, el('tr', {}, ['Theme ID', 'Title (テーマ名)', 'Institution (機関)', 'Stage (段階)', 'Status (状態)',
      'Started (開始)', 'In stage since', 'Next deadline (次の期限)', 'Licensee (導出先)'].map((h) => el('th', {}, h)))),
    el('tbody', {}, themes.map((t) => el('tr', { 'data-theme': t.themeId },
      el('td', {}, el('a', { href: `#/themes/${encodeURIComponent(t.themeId)}` }, t.themeId)),
      el('td', {}, t.themeTitle), el('td', {}, t.institution), el('td', {}, label(STAGES, t.themeStage)),
      el('td', {}, t.themeStatus ? label(STATUSES, t.themeStatus) : 'running (進行中)'),
      el('td', {}, date(t.startedAt)), el('td', {}, date(t.stageSince)), el('td', {}, date(t.nextDeadline)),
      el('td', {}, t.selectedLicensee || '–')))));
}
