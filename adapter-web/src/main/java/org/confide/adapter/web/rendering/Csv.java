package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;
import org.confide.adapter.web.i18n.Texts;

/**
 * CSV as Confide writes it (RFC 4180, CRLF line ends), safe to open in a spreadsheet: every cell
 * that a spreadsheet could take for a formula — starting with =, +, -, @, a tab or a carriage
 * return — is prefixed with an apostrophe.
 */
final class Csv {

  private Csv() {}

  /**
   * Answers {@code lines} as a CSV download named {@code name}, in the language of {@code texts},
   * which {@code Content-Language} names.
   */
  static void download(Context ctx, String name, Texts texts, List<? extends List<String>> lines) {
    ctx.status(200);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("Content-Language", texts.language().tag());
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(of(lines));
  }

  /** The lines as CSV text, each ended by CRLF. */
  static String of(List<? extends List<String>> lines) {
    return lines.stream()
            .map(line -> line.stream().map(Csv::field).collect(Collectors.joining(",")))
            .collect(Collectors.joining("\r\n"))
        + "\r\n";
  }

  /** One field, made inert for spreadsheets and quoted when it needs to be. */
  static String field(String value) {
    var text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote =
        text.contains(",")
            || text.contains("\"")
            || text.contains("\n")
            || text.contains("\r")
            || text.startsWith("'")
            || !text.equals(text.strip());
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
