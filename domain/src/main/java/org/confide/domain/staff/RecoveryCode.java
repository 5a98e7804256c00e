package org.confide.domain.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.Crockford;

/**
 * A one-use way into a staff account when its authenticator is lost: 10 Crockford base32 symbols
 * (50 random bits), shown once as {@code XXXXX-XXXXX} and kept only as a keyed hash.
 */
public final class RecoveryCode {

  /** Symbols in a code. */
  public static final int LENGTH = 10;

  /** How many codes are issued when two-factor sign-in is set up. */
  public static final int ISSUED = 10;

  private final String canonical;

  private RecoveryCode(String canonical) {
    this.canonical = canonical;
  }

  /**
   * A new code from {@code random}, a cryptographically strong source in production.
   *
   * @param random the source of the 50 random bits
   * @return a new code; show its {@link #display()} form once, keep only a keyed hash of {@link
   *     #canonical()}
   */
  public static RecoveryCode generate(RandomGenerator random) {
    Objects.requireNonNull(random, "random must not be null");
    return new RecoveryCode(Crockford.randomSymbols(random, LENGTH));
  }

  /**
   * Reads a code as a person typed it (any case, spaces and hyphens ignored); empty when it cannot
   * be one.
   *
   * @param typed the code as typed; may be null
   * @return the code (not necessarily one that was issued), or empty when the text cannot be one
   */
  public static Optional<RecoveryCode> parse(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    var normalised = Crockford.normalise(typed.strip());
    return normalised.length() == LENGTH && Crockford.isCanonical(normalised)
        ? Optional.of(new RecoveryCode(normalised))
        : Optional.empty();
  }

  /**
   * The 10 symbols with no separator: the form that is hashed.
   *
   * @return the code in upper case, without a hyphen
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The form shown once: {@code XXXXX-XXXXX}.
   *
   * @return the code with a hyphen after the fifth symbol
   */
  public String display() {
    return canonical.substring(0, LENGTH / 2) + "-" + canonical.substring(LENGTH / 2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecoveryCode that && canonical.equals(that.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /** Never the code itself: codes must not reach logs. */
  @Override
  public String toString() {
    return "RecoveryCode[hidden]";
  }
}
