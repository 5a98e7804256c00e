package org.confide.domain.analytics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many reports share the same categories of some dimensions: what a count by those dimensions
 * returns, one tally per combination. Under {@link TrendDimension#TYPE} a tally holds every type
 * its reports named (possibly none); under any other dimension exactly one category key.
 */
public record Tally(Map<TrendDimension, List<String>> categories, long reports) {

  /** The key of the category of reports that gave no answer for a dimension. */
  public static final String NOT_ANSWERED = "(none)";

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
   */
  public List<String> keys(TrendDimension dimension) {
    var keys = categories.get(dimension);
    if (keys == null) {
      throw new IllegalArgumentException("this tally is not by " + dimension.parameter());
    }
    return keys.isEmpty() ? List.of(NOT_ANSWERED) : keys.stream().distinct().toList();
  }

  /** The category key of {@code facts} under a single-valued dimension. */
  public static String key(ReportFacts facts, TrendDimension dimension) {
    return switch (dimension) {
      case TYPE -> throw new IllegalArgumentException("type is multi-valued; use keys()");
      case WHERE -> facts.where().map(o -> o.value()).orElse(NOT_ANSWERED);
      case MONTH -> facts.month().toString();
      case REPORTER_ROLE -> facts.reporterRole().map(o -> o.value()).orElse(NOT_ANSWERED);
      case ANONYMOUS -> facts.anonymous() ? "anonymous" : "named";
    };
  }

  /** The keys {@code facts} counts under for {@code dimension}, as a tally holds them. */
  public static List<String> keysOf(ReportFacts facts, TrendDimension dimension) {
    if (dimension == TrendDimension.TYPE) {
      return facts.incidentTypes().stream().map(o -> o.value()).distinct().sorted().toList();
    }
    return List.of(key(facts, dimension));
  }
}
