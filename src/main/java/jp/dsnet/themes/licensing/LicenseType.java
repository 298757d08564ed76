package jp.dsnet.themes.licensing;

/** LS-4: the licence the network grants, to one company only. */
public enum LicenseType {
  /** 専用実施権 */
  EXCLUSIVE_LICENSE,
  /** 独占的通常実施権 */
  EXCLUSIVE_ORDINARY_LICENSE,
  /** 再実施権付通常実施権 */
  ORDINARY_LICENSE_WITH_SUBLICENSE
}
