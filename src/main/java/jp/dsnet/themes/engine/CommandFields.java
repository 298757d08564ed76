package jp.dsnet.themes.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what an engine command carries. Camunda's command classes keep their parameters in
 * protected fields without getters; {@code SubmissionGateCommandsTest} proves on the engine version
 * in use that every field read here exists, so an engine upgrade that renames one fails a test, not
 * the gate.
 */
final class CommandFields {

  private static final Map<String, Field> CACHE = new ConcurrentHashMap<>();

  private CommandFields() {
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Object command, String name) {
    Field field = CACHE.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
    try {
      return (T) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }

  static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field '" + name + "': the submission gate needs it");
  }
}
