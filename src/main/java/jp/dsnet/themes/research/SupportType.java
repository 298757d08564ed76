package jp.dsnet.themes.research;

/** AR-1: the kinds of supporting research (支援研究) partner institutes carry out. */
public enum SupportType {
  HTS("High-throughput screening (HTS)"),
  PHARMACOLOGY("Pharmacology (薬効薬理)"),
  MEDICINAL_CHEMISTRY("Medicinal chemistry and synthesis (創薬化学・合成)"),
  CRYSTALLOGRAPHY("Crystal structure analysis (結晶構造解析)"),
  NATURAL_COMPOUND_SCREENING("Natural compound library screening (天然化合物ライブラリースクリーニング)"),
  COMPUTATION("Computation (計算科学)");

  private final String label;

  SupportType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
