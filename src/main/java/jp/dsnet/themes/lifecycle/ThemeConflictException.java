package jp.dsnet.themes.lifecycle;

/** A theme with this ID has not ended yet; the REST layer answers it with HTTP 409. */
public class ThemeConflictException extends RuntimeException {

  private final String themeId;

  public ThemeConflictException(String themeId) {
    super("businessKey: a theme with the ID '" + themeId + "' is already running; theme IDs are unique among themes that have not ended");
    this.themeId = themeId;
  }

  public String getThemeId() {
    return themeId;
  }
}
