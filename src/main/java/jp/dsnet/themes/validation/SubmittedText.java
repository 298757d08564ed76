package jp.dsnet.themes.validation;

/**
 * Text that people and portals submit holds no control characters but tab, line feed and carriage
 * return, and no broken UTF-16 (CONTRACT: what a submission may carry). NUL cannot even be stored
 * by PostgreSQL; the others would end up in Tasklist, Cockpit, e-mails and CSV exports.
 */
public final class SubmittedText {

  private SubmittedText() {
  }

  /** @throws InvalidInputException naming the variable at the first character refused */
  public static void check(String variable, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        throw new InvalidInputException(variable, "holds a broken character (unpaired UTF-16 surrogate) at position " + i);
      }
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidInputException(variable, String.format(
            "holds the control character U+%04X at position %d; only tab and line breaks are accepted", (int) c, i));
      }
    }
  }
}
