package org.confide.testing;

import java.lang.reflect.InvocationTargetException;

/**
 * A copy of a record with the one component of a given type replaced: for a test that stands one
 * port in {@code Ports}, or one use case in {@code Confide}, in for its own, keeping every other
 * component as it was. (An embedder replacing a store uses {@code
 * InMemoryConfide.builder().replace} instead, which keeps the case lists consistent.)
 */
public final class Replaced {

  private Replaced() {}

  /**
   * A copy of {@code record} with its component of type {@code type} replaced by {@code
   * replacement}.
   *
   * @param <R> the record's type
   * @param <T> the replaced component's type
   * @param record the record to copy
   * @param type the declared type of exactly one of its components
   * @param replacement the new value of that component
   * @return the copy
   * @throws IllegalArgumentException if not exactly one component is declared as {@code type}
   */
  public static <R extends Record, T> R in(R record, Class<T> type, T replacement) {
    var components = record.getClass().getRecordComponents();
    var types = new Class<?>[components.length];
    var values = new Object[components.length];
    int replaced = 0;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        if (types[i] == type) {
          values[i] = replacement;
          replaced++;
        } else {
          values[i] = components[i].getAccessor().invoke(record);
        }
      }
      if (replaced != 1) {
        throw new IllegalArgumentException(
            record.getClass().getSimpleName() + " has " + replaced + " components of " + type);
      }
      @SuppressWarnings("unchecked")
      var copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
      return copy;
    } catch (ReflectiveOperationException e) {
      var cause = e instanceof InvocationTargetException target ? target.getCause() : e;
      throw new IllegalStateException("could not copy " + record.getClass().getSimpleName(), cause);
    }
  }
}
