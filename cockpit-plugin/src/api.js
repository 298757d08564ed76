// The portfolio's REST resources as Cockpit serves them to its own session
// (PortfolioCockpitRootResource): the same answers as /engine-rest/theme..., without HTTP Basic.

export function portfolioApi(api) {
  const base = `${api.cockpitApi}/plugin/theme-portfolio/${api.engine}`;
  async function get(path, accept = 'application/json') {
    const response = await fetch(base + path, { credentials: 'same-origin', headers: { Accept: accept } });
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try {
        message = (await response.json()).message || message;
      } catch (notJson) {
        // keep the status line
      }
      throw new Error(message);
    }
    return accept === 'application/json' ? response.json() : response.text();
  }
  const query = (filter) => {
    const params = new URLSearchParams();
    Object.entries(filter || {}).forEach(([name, value]) => value && params.set(name, value));
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  return {
    figures: () => get('/theme-portfolio'),
    themes: (filter) => get(`/theme${query(filter)}`),
    themesCsv: (filter) => get(`/theme${query(filter)}`, 'text/csv'),
    dossier: (themeId) => get(`/theme/${encodeURIComponent(themeId)}`),
  };
}
