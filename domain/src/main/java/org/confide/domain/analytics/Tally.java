package org.confide.domain.analytics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many reports share the same categories of some dimensions: what a count by those dimensions
 * returns, one tally per combination. Under {@link TrendDimension#TYPE} a tally holds every type
 * its reports named (possibly none); under any other dimension exactly one category key.
 *
 * @param categories for each dimension counted by, the category keys these reports share (see
 *     {@link #keysOf}): option ids, a month such as {@code 2025-03}, {@code anonymous} or {@code
 *     named}, or {@link #NOT_ANSWERED}
 * @param reports how many reports share them; never negative
 */
public record Tally(Map<TrendDimension, List<String>> categories, long reports) {

  /** The key of the category of reports that gave no answer for a dimension. */
  public static final String NOT_ANSWERED = "(none)";

  /**
   * A tally; keeps an unmodifiable copy of {@code categories}.
   *
   * @throws IllegalArgumentException if a single-valued dimension has other than one key, or {@code
   *     reports} is negative
   */
  public Tally {
    Objects.requireNonNull(categories, "categories must not be null");
    var copy = new EnumMap<TrendDimension, List<String>>(TrendDimension.class);
    categories.forEach((dimension, keys) -> {
      var list = List.copyOf(keys);
      if (!dimension.multiValued() && list.size() != 1) {
        throw new IllegalArgumentException(
            "a tally has exactly one category of " + dimension.parameter());
      }
      copy.put(dimension, list);
    });
    categories = Map.copyOf(copy);
    if (reports < 0) {
      throw new IllegalArgumentException("reports must not be negative");
    }
  }

  /**
   * The category keys of {@code dimension} this tally counts under: the types named, or {@link
   * #NOT_ANSWERED} when none was.
   *
   * @param dimension one of the dimensions this tally is by
   * @return the keys, each once; never empty
   * @throws IllegalArgumentException if this tally is not by {@code dimension}
   */
  public List<String> keys(TrendDimension dimension) {
    var keys = categories.get(dimension);
    if (keys == null) {
      throw new IllegalArgumentException("this tally is not by " + dimension.parameter());
    }
    return keys.isEmpty() ? List.of(NOT_ANSWERED) : keys.stream().distinct().toList();
  }

  /**
   * The category key of {@code facts} under a single-valued dimension.
   *
   * @param facts the facts of one report
   * @param dimension any dimension but {@link TrendDimension#TYPE}
   * @return the option id, the month ({@code 2025-03}), {@code anonymous} or {@code named}, or
   *     {@link #NOT_ANSWERED}
   * @throws IllegalArgumentException if {@code dimension} is {@link TrendDimension#TYPE}, which may
   *     have several keys: use {@link #keysOf}; or {@link TrendDimension#OUTCOME}, which reports'
   *     facts do not have: see {@link ClosingFact}
   */
  public static String key(ReportFacts facts, TrendDimension dimension) {
    return switch (dimension) {
      case TYPE -> throw new IllegalArgumentException("type is multi-valued; use keys()");
      case WHERE -> facts.where().map(o -> o.value()).orElse(NOT_ANSWERED);
      case MONTH -> facts.month().toString();
      case REPORTER_ROLE -> facts.reporterRole().map(o -> o.value()).orElse(NOT_ANSWERED);
      case ANONYMOUS -> facts.anonymous() ? "anonymous" : "named";
      case OUTCOME ->
          throw new IllegalArgumentException("outcome is counted at closing; use ClosingFact");
    };
  }

  /**
   * The keys {@code facts} counts under for {@code dimension}, as a tally holds them.
   *
   * @param facts the facts of one report
   * @param dimension any dimension
   * @return under {@link TrendDimension#TYPE} the option ids named, sorted and each once (possibly
   *     none); otherwise the one key {@link #key} gives
   */
  public static List<String> keysOf(ReportFacts facts, TrendDimension dimension) {
    if (dimension == TrendDimension.TYPE) {
      var types = facts.incidentTypes();
      if (types.size() == 1) {
        // The usual report, counted at every submission: one type, nothing to order.
        return List.of(types.getFirst().value());
      }
      return types.stream().map(o -> o.value()).distinct().sorted().toList();
    }
    return List.of(key(facts, dimension));
  }
}
