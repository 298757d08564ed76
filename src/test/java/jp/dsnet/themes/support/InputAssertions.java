package jp.dsnet.themes.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.dsnet.themes.validation.InvalidInputException;

/** Assertions on the refusals of input checks: the variable named and the problem told. */
public final class InputAssertions {

  private InputAssertions() {
  }

  public static void assertRefused(Runnable check, String variable, String problem) {
    assertThatThrownBy(check::run).isInstanceOf(InvalidInputException.class).hasMessageContaining(problem)
        .extracting(e -> ((InvalidInputException) e).getVariable()).isEqualTo(variable);
  }
}
