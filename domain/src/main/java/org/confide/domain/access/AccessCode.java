package org.confide.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.Crockford;

/**
 * An anonymous reporter's only key back to their report and thread: 16 Crockford base32 symbols, 80
 * random bits, shown as {@code XXXX-XXXX-XXXX-XXXX}; it cannot be recovered once lost.
 */
public final class AccessCode {

  /** Symbols in a code. */
  public static final int LENGTH = 16;

  private static final int GROUP = 4;

  private final String canonical;

  private AccessCode(String canonical) {
    this.canonical = canonical;
  }

  /**
   * A new code from {@code random}, which must be a cryptographically strong source in production.
   *
   * @param random the source of the 80 random bits, such as a {@link java.security.SecureRandom}
   * @return a new code; show its {@link #display()} form to the reporter once, keep only a hash
   */
  public static AccessCode generate(RandomGenerator random) {
    Objects.requireNonNull(random, "random must not be null");
    return new AccessCode(Crockford.randomSymbols(random, LENGTH));
  }

  /**
   * Reads a code as a person typed it: any case, spaces and hyphens ignored, {@code O} read as
   * {@code 0}, {@code I} and {@code L} as {@code 1}. It says only whether the text is well formed;
   * whether such a code was ever issued is for the caller to look up.
   *
   * @param typed the code as typed
   * @return the code, or why the text cannot be one, in words fit to show the person
   */
  public static AccessCodeParse parse(String typed) {
    Objects.requireNonNull(typed, "typed code must not be null");
    var normalised = Crockford.normalise(typed.strip());
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (c == 'U') {
        return new AccessCodeParse.Malformed("An access code never contains the letter U");
      }
      if (Crockford.ALPHABET.indexOf(c) < 0) {
        return new AccessCodeParse.Malformed("An access code uses only letters and numbers");
      }
    }
    if (normalised.length() != LENGTH) {
      return new AccessCodeParse.Malformed("An access code has 16 letters and numbers");
    }
    return new AccessCodeParse.Parsed(new AccessCode(normalised));
  }

  /**
   * Every well-formed code written anywhere in {@code text}, as {@link #appearsIn} would find it.
   * The application holds only a keyed hash of a reporter's code, so to refuse a message that
   * contains it, it hashes each candidate and compares; a 5,000-character message yields at most a
   * few thousand.
   *
   * @param text the text to search, such as a message about to be sent
   * @return every distinct run of 16 symbols in the folded text, in the order found; empty when
   *     there is none
   */
  public static List<AccessCode> candidatesIn(String text) {
    var folded = fold(text);
    var found = new LinkedHashSet<AccessCode>();
    int run = 0;
    for (int end = 0; end < folded.length(); end++) {
      run = Crockford.ALPHABET.indexOf(folded.charAt(end)) < 0 ? 0 : run + 1;
      if (run >= LENGTH) {
        found.add(new AccessCode(folded.substring(end + 1 - LENGTH, end + 1)));
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether this code is written in {@code text}, in any case and split by any spaces, hyphens,
   * line breaks or punctuation, so that a message that would give the code away can be refused.
   *
   * @param text the text to search
   * @return true if the code's 16 symbols appear in a row once everything but letters and digits is
   *     dropped
   */
  public boolean appearsIn(String text) {
    return fold(text).contains(canonical);
  }

  /**
   * The 16 symbols with no separators: the form the application hashes.
   *
   * @return the code in upper case, without hyphens
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The form shown to the reporter once: {@code XXXX-XXXX-XXXX-XXXX}.
   *
   * @return the code in four groups of four, joined by hyphens
   */
  public String display() {
    var shown = new StringBuilder(LENGTH + LENGTH / GROUP);
    for (int i = 0; i < LENGTH; i += GROUP) {
      shown.append(i == 0 ? "" : "-").append(canonical, i, i + GROUP);
    }
    return shown.toString();
  }

  /**
   * Compares in time independent of where the codes differ, so that how long a comparison takes
   * never tells a guesser how many leading symbols they have right.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AccessCode that && MessageDigest.isEqual(bytes(), that.bytes());
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /** Never the code: a {@code toString} ends up in logs and exception messages. */
  @Override
  public String toString() {
    return "AccessCode[hidden]";
  }

  private byte[] bytes() {
    return canonical.getBytes(StandardCharsets.US_ASCII);
  }

  // Any character that is not a letter or digit is dropped, not just spaces and hyphens: a
  // reporter who writes the code with dots, slashes or across lines still gives it away, and at
  // 80 bits a code turning up by chance in ordinary text is out of the question.
  private static String fold(String text) {
    Objects.requireNonNull(text, "text must not be null");
    var normalised = Crockford.normalise(text);
    var folded = new StringBuilder(normalised.length());
    normalised.codePoints().filter(Character::isLetterOrDigit).forEach(folded::appendCodePoint);
    return folded.toString();
  }
}
