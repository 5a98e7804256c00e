package org.confide.domain.shared;

/**
 * Whether text has the form of an email address we can write to: one {@code @}, a local part, and a
 * domain of non-empty dot-separated labels ending in one of two letters or more; no spaces, no
 * control characters (which could reach a staff screen or an export), no characters that mail
 * headers treat specially.
 */
public final class EmailForm {

  /** The longest address SMTP allows. */
  public static final int MAX_LENGTH = 254;

  private static final String FORBIDDEN = "<>\"(),;:[]\\@";

  private EmailForm() {}

  /**
   * Whether {@code text} (already trimmed) has the form of an address.
   *
   * @param text the address as given; may be null
   * @return true if it has the form described above, at most {@value #MAX_LENGTH} characters with a
   *     local part of at most 64; false for null or empty text
   */
  public static boolean isWellFormed(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    int at = text.indexOf('@');
    if (at < 1 || at != text.lastIndexOf('@') || at > 64) {
      return false;
    }
    var local = text.substring(0, at);
    var domain = text.substring(at + 1);
    if (!usable(local) || !usable(domain)) {
      return false;
    }
    var labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (var label : labels) {
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
    }
    return labels[labels.length - 1].length() >= 2;
  }

  private static boolean usable(String part) {
    return part.codePoints()
        .noneMatch(c ->
            Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || FORBIDDEN.indexOf(c) >= 0);
  }
}
