package jp.dsnet.themes.rush;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The steps of the test model {@code rush-race-probe}: each stops at a gate the test opens, so the
 * test decides which transaction commits first. The message step stops only on its first run.
 */
public final class RaceGates {

  static volatile CountDownLatch jobEntered;
  static volatile CountDownLatch jobReleased;
  static volatile CountDownLatch messageEntered;
  static volatile CountDownLatch messageReleased;
  static final AtomicInteger MESSAGE_RUNS = new AtomicInteger();

  private RaceGates() {
  }

  static void reset() {
    jobEntered = new CountDownLatch(1);
    jobReleased = new CountDownLatch(1);
    messageEntered = new CountDownLatch(1);
    messageReleased = new CountDownLatch(1);
    MESSAGE_RUNS.set(0);
  }

  public static class JobStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
      jobEntered.countDown();
      jobReleased.await(60, TimeUnit.SECONDS);
    }
  }

  public static class MessageStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
      if (MESSAGE_RUNS.incrementAndGet() == 1) {
        messageEntered.countDown();
        messageReleased.await(60, TimeUnit.SECONDS);
      }
      execution.setVariable("messageHandled", true);
    }
  }
}
