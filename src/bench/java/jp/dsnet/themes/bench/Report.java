package jp.dsnet.themes.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** Writes results.json, prints the table and draws the REST latency chart. */
final class Report {

  private Report() {
  }

  static double round(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    double scale = Math.abs(value) >= 100 ? 10 : 1000;
    return Math.round(value * scale) / scale;
  }

  static void writeJson(Path file, Map<String, Object> results) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The summary table: each figure beside its target. */
  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> results) {
    StringBuilder out = new StringBuilder();
    String line = "+--------------------------------+-----------------+-----------------+----------+\n";
    Map<String, Object> machine = (Map<String, Object>) results.get("machine");
    out.append("\nTheme workflow benchmark on ").append(results.get("database")).append(": ").append(machine.get("nproc"))
        .append(" cores, ").append(machine.get("memory_mb")).append(" MB, ").append(machine.get("cpu"))
        .append(", load at start ").append(machine.get("load_average")).append("\n");
    out.append(line).append(String.format("| %-30s | %15s | %15s | %-8s |%n", "measure", "application", "baseline / goal", "target"));
    out.append(line);
    Map<String, Object> lifecycle = (Map<String, Object>) results.get("lifecycle");
    if (lifecycle != null && lifecycle.get("themes_per_s") != null) {
      row(out, "lifecycle themes/s (Java API)", lifecycle.get("themes_per_s"), lifecycle.get("baseline_per_s"), "");
      row(out, "lifecycle ratio", lifecycle.get("ratio"), ">= 0.85", verdict((double) lifecycle.get("ratio") >= 0.85));
      if (lifecycle.get("ratio_to_structured_baseline") != null) {
        row(out, "  against the raw call structure", lifecycle.get("ratio_to_structured_baseline"),
            lifecycle.get("structured_baseline_per_s") + "/s", "");
      }
    }
    Map<String, Object> rest = (Map<String, Object>) results.get("rest_start");
    if (rest != null && rest.get("baseline") != null) {
      Map<String, Object> baseline = (Map<String, Object>) rest.get("baseline");
      for (String level : List.of("c1", "c4", "c16")) {
        Map<String, Object> app = (Map<String, Object>) rest.get(level);
        Map<String, Object> base = (Map<String, Object>) baseline.get(level);
        if (app != null) {
          row(out, "REST start " + level + " p50 / p99 ms", app.get("p50_ms") + " / " + app.get("p99_ms"),
              base.get("p50_ms") + " / " + base.get("p99_ms"), "");
          row(out, "REST start " + level + " per s", app.get("per_s"), base.get("per_s"), "");
        }
      }
      Object ratio = rest.get("ratio_c16");
      if (ratio instanceof Double r) {
        row(out, "REST start ratio c16", r, ">= 0.85", verdict(r >= 0.85));
      }
    }
    Map<String, Object> query = (Map<String, Object>) results.get("task_query");
    if (query != null && query.get("growth") != null) {
      row(out, "task query 1k / 10k themes ms", query.get("themes_1k_ms") + " / " + query.get("themes_10k_ms"), "", "");
      row(out, "task query growth", query.get("growth"), "<= 1.5", verdict((double) query.get("growth") <= 1.5));
      if (query.get("stress_growth") != null) {
        row(out, "  stress: 10x open tasks too", query.get("stress_10k_ms") + " ms, growth " + query.get("stress_growth"), "", "");
      }
      if (query.get("portfolio_ms") instanceof Map<?, ?> portfolio && portfolio.get("themes_1k") instanceof Map<?, ?> small
          && portfolio.get("themes_10k") instanceof Map<?, ?> large) {
        row(out, "portfolio figures 1k / 10k ms", small.get("figures") + " / " + large.get("figures"), "", "");
        row(out, "portfolio list page 1k / 10k ms", small.get("list_page") + " / " + large.get("list_page"), "", "");
        row(out, "portfolio whole list 1k / 10k ms", small.get("list_all") + " / " + large.get("list_all"), "", "");
        row(out, "portfolio dossier 1k / 10k ms", small.get("dossier") + " / " + large.get("dossier"), "", "");
      }
    }
    Map<String, Object> rush = (Map<String, Object>) results.get("rush");
    if (rush != null) {
      for (String part : List.of("applications", "bids")) {
        Map<String, Object> figures = (Map<String, Object>) rush.get(part);
        if (figures != null) {
          row(out, "rush " + part + " 5xx / recorded", figures.get("status_5xx") + " / " + figures.get("recorded"),
              "0 / " + figures.get("n"), verdict(((Number) figures.get("status_5xx")).intValue() == 0
                  && String.valueOf(figures.get("n")).equals(String.valueOf(figures.get("recorded")))));
          row(out, "rush " + part + " p50 / p99 ms", figures.get("p50_ms") + " / " + figures.get("p99_ms"), "p99 <= 2000",
              verdict(((Number) figures.get("p99_ms")).doubleValue() <= 2000));
        }
      }
    }
    if (results.get("startup_s") instanceof Double startup) {
      row(out, "startup s (java -jar)", startup, "<= 20", verdict(startup <= 20));
    }
    if (results.get("rss_mb") instanceof Double rss) {
      row(out, "resident memory MB after run", rss, "<= 800", verdict(rss <= 800));
    }
    Map<String, Object> cleanup = (Map<String, Object>) results.get("history_cleanup");
    if (cleanup != null && cleanup.get("removed") != null) {
      row(out, "history of ended themes removed", cleanup.get("ended_theme_rows_after") + " rows left",
          "0 rows left", verdict(Boolean.TRUE.equals(cleanup.get("removed"))));
    }
    out.append(line);
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Object app, Object base, String verdict) {
    out.append(String.format(Locale.ROOT, "| %-30s | %15s | %15s | %-8s |%n", name, app, base, verdict));
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT MET";
  }

  /** Latency (p50 and p99) against concurrency, application and baseline, as a PNG. */
  static void latencyChart(Path file, String database, String machine, int[] levels, Map<String, Load.Result> app,
                           Map<String, Load.Result> base) {
    drawLatencyChart(file, database, machine, levels, points(app), points(base));
  }

  /** p50 ms, p99 ms and starts per second by level ("c16"). */
  static Map<String, double[]> points(Map<String, Load.Result> results) {
    Map<String, double[]> points = new java.util.LinkedHashMap<>();
    results.forEach((level, r) -> points.put(level, new double[] {r.p50Ms(), r.p99Ms(), r.perSecond()}));
    return points;
  }

  /** The chart from a results.json: java -cp ... jp.dsnet.themes.bench.Report target/bench/results.json out.png */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Map<String, Object> results = Http.JSON.readValue(Path.of(args[0]).toFile(), Map.class);
    Map<String, Object> rest = (Map<String, Object>) results.get("rest_start");
    Map<String, Object> machine = (Map<String, Object>) results.get("machine");
    List<String> levelNames = rest.keySet().stream().filter(k -> k.matches("c\\d+")).toList();
    int[] levels = levelNames.stream().mapToInt(k -> Integer.parseInt(k.substring(1))).toArray();
    Map<String, double[]> app = new java.util.LinkedHashMap<>();
    Map<String, double[]> base = new java.util.LinkedHashMap<>();
    for (String level : levelNames) {
      app.put(level, point((Map<String, Object>) rest.get(level)));
      base.put(level, point((Map<String, Object>) ((Map<String, Object>) rest.get("baseline")).get(level)));
    }
    drawLatencyChart(Path.of(args[1]), String.valueOf(results.get("database")), subtitle(machine), levels, app, base);
  }

  static String subtitle(Map<String, Object> machine) {
    String load = String.valueOf(machine.get("load_average")).split(" ")[0];
    return machine.get("nproc") + " cores, " + machine.get("cpu") + ", load average " + load
        + " at start; packaged jar with the README's JVM options";
  }

  private static double[] point(Map<String, Object> json) {
    return new double[] {((Number) json.get("p50_ms")).doubleValue(), ((Number) json.get("p99_ms")).doubleValue(),
        ((Number) json.get("per_s")).doubleValue()};
  }

  private static void drawLatencyChart(Path file, String database, String machine, int[] levels, Map<String, double[]> app,
                                       Map<String, double[]> base) {
    int width = 860;
    int height = 520;
    int left = 80;
    int right = 200;
    int top = 80;
    int bottom = 70;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    double max = 1;
    for (int level : levels) {
      max = Math.max(max, Math.max(app.get("c" + level)[1], base.get("c" + level)[1]));
    }
    double niceMax = niceCeiling(max * 1.1);
    int plotWidth = width - left - right;
    int plotHeight = height - top - bottom;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Starting a theme over /engine-rest: latency against concurrent clients (" + database + ")", left - 40, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.DARK_GRAY);
    g.drawString(machine, left - 40, 48);
    for (int i = 0; i <= 5; i++) {
      double value = niceMax * i / 5;
      int y = top + plotHeight - (int) (plotHeight * i / 5.0);
      g.setColor(new Color(225, 225, 225));
      g.drawLine(left, y, left + plotWidth, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.0f", value), left - 40, y + 4);
    }
    g.drawString("ms", left - 40, top - 6);
    int[] xs = new int[levels.length];
    for (int i = 0; i < levels.length; i++) {
      xs[i] = left + (levels.length == 1 ? plotWidth / 2 : (int) (plotWidth * (0.08 + 0.84 * i / (levels.length - 1.0))));
      g.setColor(Color.DARK_GRAY);
      g.drawString(levels[i] + (levels[i] == 1 ? " client" : " clients"), xs[i] - 22, top + plotHeight + 20);
    }
    g.drawString("concurrent clients (HTTP Basic, loopback)", left + plotWidth / 2 - 110, top + plotHeight + 48);
    g.setColor(Color.BLACK);
    g.drawRect(left, top, plotWidth, plotHeight);
    Color appColor = new Color(0, 102, 204);
    Color baseColor = new Color(230, 120, 0);
    List<Object[]> series = new ArrayList<>();
    series.add(new Object[] {"application p50", app, false, appColor, false});
    series.add(new Object[] {"application p99", app, true, appColor, true});
    series.add(new Object[] {"baseline p50", base, false, baseColor, false});
    series.add(new Object[] {"baseline p99", base, true, baseColor, true});
    int legendY = top + 20;
    for (Object[] s : series) {
      @SuppressWarnings("unchecked")
      Map<String, double[]> results = (Map<String, double[]>) s[1];
      boolean p99 = (boolean) s[2];
      g.setColor((Color) s[3]);
      g.setStroke((boolean) s[4]
          ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f)
          : new BasicStroke(2.5f));
      int previousX = -1;
      int previousY = -1;
      for (int i = 0; i < levels.length; i++) {
        double[] r = results.get("c" + levels[i]);
        double value = p99 ? r[1] : r[0];
        int y = top + plotHeight - (int) (plotHeight * value / niceMax);
        g.fillOval(xs[i] - 4, y - 4, 8, 8);
        if (previousX >= 0) {
          g.drawLine(previousX, previousY, xs[i], y);
        }
        previousX = xs[i];
        previousY = y;
      }
      g.drawLine(left + plotWidth + 15, legendY, left + plotWidth + 45, legendY);
      g.setColor(Color.BLACK);
      g.drawString((String) s[0], left + plotWidth + 52, legendY + 4);
      legendY += 22;
    }
    g.setColor(Color.DARK_GRAY);
    legendY += 10;
    for (int level : levels) {
      g.drawString(String.format(Locale.ROOT, "c%d: %.0f vs %.0f starts/s", level,
          app.get("c" + level)[2], base.get("c" + level)[2]), left + plotWidth + 15, legendY);
      legendY += 18;
    }
    g.dispose();
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
