package jp.dsnet.themes.engine;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a client's command again, in a new transaction, when it lost a race against another
 * transaction on the same theme: a timer or job, another node, another message (Camunda's
 * {@link OptimisticLockingException}, or the database's own deadlock, serialization or lock-timeout
 * error). The loser's transaction was rolled back whole, so running the command again is what the
 * client would have done, minus the HTTP 500 (ADR 0008). Bounded: at most {@link #MAX_ATTEMPTS}
 * runs with a random, growing pause between them; then the error goes to the client as before.
 *
 * <p>Sits before Camunda's transaction interceptor and acts only on the outermost command of the
 * thread (not one a delegate runs inside another command, not inside a caller's transaction), and
 * only on the commands a portal or a Tasklist user sends. Job execution is left to the job
 * executor, which retries a job that lost a race itself.
 */
public class CommandRetryInterceptor extends CommandInterceptor {

  static final int MAX_ATTEMPTS = 8;
  static final long FIRST_PAUSE_MILLIS = 10;
  static final long LONGEST_PAUSE_MILLIS = 400;

  /** A message, a task completion or a start: what clients send, each safe to run again after a rollback. */
  static final Set<Class<?>> CLIENT_COMMANDS = Set.of(CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
      CompleteTaskCmd.class, SubmitTaskFormCmd.class, ResolveTaskCmd.class, StartProcessInstanceCmd.class,
      SubmitStartFormCmd.class, SignalEventReceivedCmd.class);

  private static final Logger LOG = LoggerFactory.getLogger(CommandRetryInterceptor.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!CLIENT_COMMANDS.contains(command.getClass()) || !isOutermost()) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS || !lostARace(e)) {
          throw e;
        }
        LOG.debug("{} lost a race (attempt {}): {}; running it again", command.getClass().getSimpleName(), attempt, e.toString());
        pause(attempt);
      }
    }
  }

  /** No command and no transaction of the thread is under way: a rollback undid everything this command did. */
  static boolean isOutermost() {
    return Context.getCommandContext() == null && !TransactionSynchronizationManager.isActualTransactionActive();
  }

  /** Whether the failure is a concurrent transaction's doing, so running the command again may succeed. */
  static boolean lostARace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 40001 serialization failure, 40P01 deadlock (PostgreSQL), HYT00 lock timeout (H2)
        if (state.startsWith("40") || state.equals("HYT00")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    long bound = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << attempt);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to run a command again", e);
    }
  }
}
