package jp.dsnet.themes.research;

/** SC-4: the kinds of early clinical support the network arranges for biologics. */
public enum EarlyClinicalSupport {
  /** 治験薬の製造. */
  INVESTIGATIONAL_DRUG_MANUFACTURE,
  /** 橋渡し研究支援拠点. */
  TRANSLATIONAL_RESEARCH_HUB,
  /** 早期・探索的臨床試験拠点. */
  EARLY_EXPLORATORY_TRIAL_HUB
}
