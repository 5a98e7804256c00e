package org.confide.domain.shared;

import java.util.random.RandomGenerator;

/**
 * Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U, so that codes
 * read aloud or written down by hand survive the trip back.
 */
public final class Crockford {

  /** The 32 symbols, in value order. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  // 32 symbols are 5 bits; a long holds twelve of them whole (60 bits; the last 4 are unused).
  private static final int SYMBOLS_PER_LONG = 12;

  private Crockford() {}

  /**
   * {@code length} symbols drawn uniformly from {@code random}: 5 bits of entropy each, taken
   * twelve symbols to a {@code nextLong()}, since each draw from a secure generator has a cost of
   * its own.
   *
   * @param random the source of randomness; a cryptographically strong one for anything secret
   * @param length how many symbols; at least 1
   * @return the symbols, with no separators
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public static String randomSymbols(RandomGenerator random, int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    var symbols = new char[length];
    long bits = 0;
    for (int i = 0; i < length; i++) {
      if (i % SYMBOLS_PER_LONG == 0) {
        bits = random.nextLong();
      }
      symbols[i] = ALPHABET.charAt((int) (bits & 31));
      bits >>>= 5;
    }
    return new String(symbols);
  }

  /**
   * Normalises what a person typed: any case, spaces and hyphens ignored, {@code O} read as {@code
   * 0}, {@code I} and {@code L} read as {@code 1}. Other characters are kept, so that the caller
   * can reject them with {@link #isCanonical(CharSequence)}.
   *
   * @param typed the text as typed or pasted
   * @return the text in upper case, separators dropped and look-alike letters read as digits
   */
  public static String normalise(CharSequence typed) {
    var out = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      char c = Character.toUpperCase(typed.charAt(i));
      switch (c) {
        // Separators a person may type or paste: spaces of any kind, hyphens and dashes.
        case ' ',
            '-',
            '\t',
            '\u00A0',
            '\u2007',
            '\u202F',
            '\u2010',
            '\u2011',
            '\u2012',
            '\u2013',
            '\u2014',
            '\u2212' -> {}
        case 'O' -> out.append('0');
        case 'I', 'L' -> out.append('1');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether every character of {@code text} is one of the 32 symbols.
   *
   * @param text the text to test, normally after {@link #normalise}
   * @return true if it holds only symbols of {@link #ALPHABET} (and so also when it is empty)
   */
  public static boolean isCanonical(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
