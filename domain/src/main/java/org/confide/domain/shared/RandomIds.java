package org.confide.domain.shared;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Random (version 4) UUIDs drawn from a supplied source, so that tests can make them repeatable.
 */
public final class RandomIds {

  private RandomIds() {}

  /**
   * A version 4 UUID whose 122 random bits come from {@code random}.
   *
   * @param random the source of the bits; a seeded one gives the same ids every time
   * @return a new version 4, variant 2 UUID
   */
  public static UUID uuid(RandomGenerator random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
