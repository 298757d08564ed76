// Cockpit plugin "theme-portfolio" (Camunda 7.24 plugin API): the portfolio for managers on the
// dashboard, a "Themes" entry in the header, the theme list and a theme's dossier as pages.
// Cockpit loads this module itself for the Java plugin jp.dsnet.themes.cockpit.PortfolioCockpitPlugin.
import './plugin.css';
import { renderDashboard } from './dashboard.js';
import { renderDossier } from './dossier.js';
import { el } from './dom.js';
import { renderThemes } from './themes.js';

/** A plugin whose charts are destroyed when Cockpit unmounts it. */
function view(id, pluginPoint, properties, render, priority = 0) {
  let charts = [];
  return {
    id,
    pluginPoint,
    priority,
    properties,
    render: (node, { api }) => {
      charts = [];
      render(node, api, charts);
    },
    unmount: () => charts.forEach((c) => c.destroy()),
  };
}

export default [
  view('theme-portfolio-dashboard', 'cockpit.dashboard', {}, renderDashboard, 100),
  view('theme-portfolio-navigation', 'cockpit.navigation', {
    pagePath: '#/themes',
    label: 'Themes',
    checkActive: (path) => path.includes('#/themes'),
  }, (node) => node.appendChild(el('a', { href: '#/themes', 'data-portfolio': 'navigation' }, 'Themes (テーマ)')), 50),
  view('theme-portfolio-themes', 'cockpit.route', { path: '/themes' }, renderThemes),
  view('theme-portfolio-dossier', 'cockpit.route', { path: '/themes/:themeId' }, renderDossier),
];
