package jp.dsnet.themes.bench;

/**
 * One thing a client or the engine does to move a theme on: complete a user task, correlate a
 * message, run an asynchronous continuation, fire a timer, or (when the benchmark chains stage
 * processes itself) start the next stage. {@code process} is the key of the process it happened
 * in, where the driver saw it (null otherwise).
 */
record Step(Kind kind, String name, String process) {

  Step(Kind kind, String name) {
    this(kind, name, null);
  }

  enum Kind { START, TASK, MESSAGE, JOB, TIMER }

  /** Steps that a raw model mirrors one to one: user tasks, messages and timers. */
  boolean mirroredByBaseline() {
    return kind == Kind.TASK || kind == Kind.MESSAGE || kind == Kind.TIMER;
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
