package org.confide.bootstrap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a page loads, and whether it loads it from its own origin. */
final class Origins {

  /** How this machine's address may be written, none of which may be logged or stored. */
  static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "[::1]", "/::1");

  // Attributes by which a page loads something, or sends a form: src, srcset, poster, data,
  // action, formaction, and the href of a link element (stylesheets, icons, preloads).
  private static final Pattern LOADING =
      Pattern.compile(
          "\\s(?:src|srcset|poster|data|action|formaction)\\s*=\\s*[\"']?([^\"'\\s>]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_HREF =
      Pattern.compile("<link\\b[^>]*\\shref\\s*=\\s*[\"']?([^\"'\\s>]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)");

  private Origins() {}

  /** Every address {@code html} loads something from or posts to. */
  static List<String> loadedFrom(String html) {
    var found = new ArrayList<String>();
    for (var pattern : List.of(LOADING, LINK_HREF, CSS_URL)) {
      var matcher = pattern.matcher(html);
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
    }
    return found;
  }

  /** Whether {@code reference} stays on this origin: a path, not another scheme or host. */
  static boolean sameOrigin(String reference) {
    var lower = reference.strip().toLowerCase();
    if (lower.startsWith("//") || lower.contains(":") && !lower.startsWith("data:image/")) {
      return false;
    }
    return true;
  }
}
