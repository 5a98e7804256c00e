package org.confide.adapter.web;

import java.util.Arrays;
import java.util.Optional;

/** Reads the name of an enum constant as sent, without an exception for a name that is not one. */
public final class EnumNames {

  private EnumNames() {}

  /** The constant of {@code type} named exactly {@code name}, if there is one. */
  public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }
}
