package jp.dsnet.themes.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmittedTextTest {

  @ParameterizedTest(name = "U+{0} refused")
  @ValueSource(ints = {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F})
  void controlCharacters_areRefused_namingTheVariable(int c) {
    assertThatThrownBy(() -> SubmittedText.check("themeTitle", "A" + (char) c + "B"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("themeTitle: holds the control character")
        .hasMessageContaining("position 1");
  }

  @ParameterizedTest(name = "accepted: {0}")
  @ValueSource(strings = {"plain", "tab\there", "two\nlines\r\n", "創薬支援ネットワーク", "emoji 🧪", ""})
  void tabsLineBreaksAndAnyLanguage_areAccepted(String text) {
    assertThatCode(() -> SubmittedText.check("summary", text)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "broken surrogate {0}")
  @ValueSource(strings = {"\uD83E", "a\uDDEAb"})
  void brokenSurrogates_areRefused(String text) {
    assertThatThrownBy(() -> SubmittedText.check("summary", text)).hasMessageContaining("unpaired UTF-16 surrogate");
  }
}
