package org.confide.adapter.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reads the name of an enum constant as sent, without an exception for a name that is not one. */
public final class EnumNames {

  private EnumNames() {}

  /** The constant of {@code type} named exactly {@code name}, if there is one. */
  public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The name of {@code constant} in lower case with hyphens: {@code DAILY_DIGEST} is {@code
   * daily-digest}.
   */
  public static String hyphenated(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant of {@code type} whose {@linkplain #hyphenated hyphenated} name is {@code name}.
   */
  public static <E extends Enum<E>> Optional<E> hyphenated(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> hyphenated(c).equals(name))
        .findFirst();
  }

  /** Every hyphenated name of {@code type}, in declaration order, separated by commas. */
  public static String hyphenatedNames(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(EnumNames::hyphenated)
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
