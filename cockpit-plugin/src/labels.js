// Names of the contract's stages and statuses for people: English with the Japanese term.

export const STAGES = {
  INTAKE: 'Intake (導入)',
  APPLIED_RESEARCH: 'Applied research (応用研究)',
  SOLICITATION: 'Solicitation (導出先募集)',
  LICENSING: 'Licensing (導出)',
  POST_LICENSING: 'Post-licensing (導出後)',
  REACQUISITION: 'Reacquisition (継承)',
};

export const STATUSES = {
  OUT_OF_SCOPE: 'Out of scope (対象外)',
  NOT_ADOPTED: 'Not adopted (不採択)',
  TERMINATED: 'Terminated (中止)',
  WITHDRAWN: 'Withdrawn (離脱)',
  COMPLETED: 'Completed (実用化)',
  CLOSED: 'Closed (終了)',
};

export const label = (names, key) => (key ? names[key] || key : '–');
