package jp.dsnet.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** ADR 0008: which failures make a client's command run again, how often, and when never. */
class CommandRetryInterceptorTest {

  /** The rest of the chain: fails the first {@code failures} runs with the given exception. */
  private static final class Chain implements CommandExecutor {
    final AtomicInteger runs = new AtomicInteger();
    final int failures;
    final RuntimeException failure;

    Chain(int failures, RuntimeException failure) {
      this.failures = failures;
      this.failure = failure;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (runs.incrementAndGet() <= failures) {
        throw failure;
      }
      return null;
    }
  }

  private static Chain run(Command<?> command, int failures, RuntimeException failure) {
    Chain chain = new Chain(failures, failure);
    CommandRetryInterceptor retry = new CommandRetryInterceptor();
    retry.setNext(chain);
    retry.execute(command);
    return chain;
  }

  private static final Command<?> COMPLETE = new CompleteTaskCmd("task-1", Map.of());

  @Test
  @DisplayName("A task completion that lost to a job twice runs a third time and succeeds")
  void lostRace_runsAgain() {
    assertThat(run(COMPLETE, 2, new OptimisticLockingException("updated by another transaction")).runs).hasValue(3);
  }

  @Test
  @DisplayName("The database's deadlock (40P01) and H2's lock timeout (HYT00) are races too")
  void deadlockAndLockTimeout_areRaces() {
    assertThat(run(COMPLETE, 1, new ProcessEngineException("flush", new SQLException("deadlock detected", "40P01"))).runs).hasValue(2);
    assertThat(run(COMPLETE, 1, new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00"))).runs).hasValue(2);
  }

  @Test
  @DisplayName("Bounded: after the last attempt the race goes to the client as before")
  void bounded() {
    Chain chain = new Chain(Integer.MAX_VALUE, new OptimisticLockingException("always"));
    CommandRetryInterceptor retry = new CommandRetryInterceptor();
    retry.setNext(chain);
    assertThatThrownBy(() -> retry.execute(COMPLETE)).isInstanceOf(OptimisticLockingException.class);
    assertThat(chain.runs).hasValue(CommandRetryInterceptor.MAX_ATTEMPTS);
  }

  @Test
  @DisplayName("Never again: bad input, a duplicate key, a command no client sends, a command inside a caller's transaction")
  void notARace_orNotOurs_runsOnce() {
    assertThatThrownBy(() -> run(COMPLETE, 1, new IllegalArgumentException("bad input"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> run(COMPLETE, 1, new RuntimeException(new SQLException("duplicate key", "23505"))))
        .isInstanceOf(RuntimeException.class);
    Command<Void> job = commandContext -> null;
    assertThatThrownBy(() -> run(job, 1, new OptimisticLockingException("job lost"))).isInstanceOf(OptimisticLockingException.class);
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> run(COMPLETE, 1, new OptimisticLockingException("inside a transaction")))
          .isInstanceOf(OptimisticLockingException.class);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
  }
}
