package jp.dsnet.themes.solicitation;

/** LS-2: how the office chooses among several applicants. */
public enum TenderMethod {
  /** 競争入札: the highest bid wins; the earlier bid on a tie. */
  COMPETITIVE,
  /** 大学等の研究者の意向を踏まえた入札: the lead researcher states a preference among the bidders. */
  RESEARCHER_PREFERENCE
}
