package org.confide.domain.shared;

/**
 * The form of the stable ids and keys integrators rely on (a question's, an option's, an outcome
 * entry's): lower-case letters and digits in words joined by single hyphens, such as {@code
 * on-campus}. Checked by hand rather than with the regular expression {@code
 * [a-z0-9]+(-[a-z0-9]+)*}, which it matches exactly: every answer of every submission is read
 * through several of these ids, and the expression was a few per cent of a submission's time.
 */
public final class HyphenatedWords {

  private HyphenatedWords() {}

  /**
   * Whether {@code text} is lower-case words joined by single hyphens, at most {@code maxLength}
   * characters.
   *
   * @param text the text to test
   * @param maxLength the most characters allowed
   * @return true if it is not empty, at most {@code maxLength} long, of lower-case ASCII letters,
   *     digits and hyphens only, and neither starts nor ends with a hyphen nor holds two together
   */
  public static boolean fit(String text, int maxLength) {
    int length = text.length();
    if (length == 0 || length > maxLength) {
      return false;
    }
    boolean afterHyphen = true; // the start, like a hyphen, must be followed by a letter or digit
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }
}
