package jp.dsnet.themes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures came from: cores, memory, CPU model, load when the run began, Java. */
final class Machine {

  private Machine() {
  }

  static Map<String, Object> describe() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("nproc", Runtime.getRuntime().availableProcessors());
    json.put("memory_mb", firstNumber(Path.of("/proc/meminfo"), "MemTotal:") / 1024);
    json.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    json.put("load_average", read(Path.of("/proc/loadavg")).trim());
    json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    return json;
  }

  private static long firstNumber(Path file, String prefix) {
    String value = firstValue(file, prefix);
    return value.isEmpty() ? -1 : Long.parseLong(value.replaceAll("[^0-9]", ""));
  }

  private static String firstValue(Path file, String prefix) {
    for (String line : read(file).split("\n")) {
      if (line.startsWith(prefix)) {
        int colon = line.indexOf(':');
        return line.substring(colon + 1).trim();
      }
    }
    return "";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException noProc) {
      return "";
    }
  }
}
