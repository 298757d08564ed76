package jp.dsnet.themes.engine;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import jp.dsnet.themes.lifecycle.ThemeRegistry;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Correlates the messages of one theme one at a time (ADR 0008): a hundred applications in the
 * same second queue instead of all reading the same execution and all but one failing with
 * optimistic locking at commit. Two locks, both only for a message with a business key:
 * <ul>
 *   <li>{@link OnThisNode}, before the transaction: a lock in memory per theme, so that on one
 *       node the queue waits in memory, not holding a database connection each;</li>
 *   <li>{@link AcrossNodes}, first thing in the transaction: the theme's row in {@code
 *       dsn_active_theme}, locked until the commit ({@link ThemeRegistry#lockForMessage}), so
 *       that nodes sharing the database wait for each other too.</li>
 * </ul>
 * A theme that is not running has no row and is left to the engine as before.
 */
public final class ThemeMessageLock {

  /** Long enough for any queue of messages; after it the command runs unlocked rather than fail. */
  static final long LONGEST_WAIT_SECONDS = 120;
  private static final int STRIPES = 256;
  private static final Field BUILDER = builderField();

  private ThemeMessageLock() {
  }

  /** The in-memory lock: one of {@value #STRIPES} fair locks, chosen by the theme ID. */
  public static class OnThisNode extends CommandInterceptor {

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public OnThisNode() {
      for (int i = 0; i < STRIPES; i++) {
        stripes[i] = new ReentrantLock(true);
      }
    }

    @Override
    public <T> T execute(Command<T> command) {
      String themeId = Context.getCommandContext() == null ? themeOf(command) : null;
      if (themeId == null) {
        return next.execute(command);
      }
      ReentrantLock lock = stripes[Math.floorMod(themeId.hashCode(), STRIPES)];
      boolean locked = false;
      try {
        locked = lock.tryLock(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the messages of " + themeId, e);
      }
      try {
        return next.execute(command);
      } finally {
        if (locked) {
          lock.unlock();
        }
      }
    }
  }

  /** The database lock, held until the transaction ends. */
  public static class AcrossNodes extends CommandInterceptor {

    private final ThemeRegistry registry;

    public AcrossNodes(ThemeRegistry registry) {
      this.registry = registry;
    }

    @Override
    public <T> T execute(Command<T> command) {
      String themeId = themeOf(command);
      if (themeId != null) {
        registry.lockForMessage(themeId);
      }
      return next.execute(command);
    }
  }

  /** The business key of a message correlation, or null for any other command. */
  static String themeOf(Command<?> command) {
    if (!(command instanceof AbstractCorrelateMessageCmd correlation)) {
      return null;
    }
    try {
      return ((MessageCorrelationBuilderImpl) BUILDER.get(correlation)).getBusinessKey();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Camunda keeps the correlation's business key in this protected field and has no getter on the command. */
  private static Field builderField() {
    try {
      Field field = AbstractCorrelateMessageCmd.class.getDeclaredField("builder");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's AbstractCorrelateMessageCmd has no field 'builder' any more", e);
    }
  }
}
