package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.PatternKeys.PatternKey;
import org.confide.application.port.out.PatternKeys.Sighting;
import org.confide.domain.pattern.PatternKind;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link PatternKeys} adapter: a sighting is held once however often it is
 * added; the keys seen in at least n reports come back with every sighting, grouped by key, oldest
 * first within a key; removing a report's sightings leaves every other report's. A list once
 * returned does not change. Concurrent writers lose no sighting.
 *
 * <p>{@link #patternKeys()} must return the same adapter, empty, throughout one test.
 */
public abstract class PatternKeysContract {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final PatternKey SMITH = key(PatternKind.PERSON, 'a');
  private static final PatternKey LIBRARY = key(PatternKind.PLACE, 'b');
  private static final PatternKey OTHER = key(PatternKind.PERSON, 'c');

  /** For a subclass that runs this contract against one adapter. */
  protected PatternKeysContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract PatternKeys patternKeys();

  private static PatternKey key(PatternKind kind, char digit) {
    return new PatternKey(kind, String.valueOf(digit).repeat(64));
  }

  private static ReportReference report(int n) {
    return ReportReference.parse(String.format("AAAAA-%05d", n));
  }

  private static Sighting seen(PatternKey key, int report, int day) {
    return new Sighting(key, report(report), T0.plusSeconds(86_400L * day));
  }

  @Nested
  class Repeated {

    @Test
    void keys_seen_often_enough_come_back_with_every_sighting_oldest_first() {
      patternKeys().add(List.of(seen(SMITH, 3, 20), seen(LIBRARY, 3, 20)));
      patternKeys().add(List.of(seen(SMITH, 1, 0)));
      patternKeys().add(List.of(seen(SMITH, 2, 10), seen(OTHER, 2, 10)));

      assertThat(patternKeys().repeated(3))
          .containsExactly(seen(SMITH, 1, 0), seen(SMITH, 2, 10), seen(SMITH, 3, 20));
      assertThat(patternKeys().repeated(4)).isEmpty();
    }

    @Test
    void sightings_are_grouped_by_key() {
      patternKeys().add(List.of(seen(SMITH, 1, 0), seen(LIBRARY, 1, 0)));
      patternKeys().add(List.of(seen(LIBRARY, 2, 1), seen(SMITH, 2, 1)));
      patternKeys().add(List.of(seen(OTHER, 3, 2)));

      var repeated = patternKeys().repeated(2);

      assertThat(repeated).hasSize(4);
      assertThat(repeated.subList(0, 2))
          .extracting(Sighting::key)
          .containsOnly(repeated.getFirst().key());
      assertThat(repeated.subList(2, 4))
          .extracting(Sighting::key)
          .containsOnly(repeated.getLast().key());
      assertThat(repeated).extracting(Sighting::key).containsOnly(SMITH, LIBRARY);
    }

    @Test
    void a_sighting_added_twice_is_held_once() {
      patternKeys().add(List.of(seen(SMITH, 1, 0)));
      patternKeys().add(List.of(seen(SMITH, 1, 0)));
      patternKeys().add(List.of(seen(SMITH, 2, 1)));

      assertThat(patternKeys().repeated(2)).hasSize(2);
      assertThat(patternKeys().repeated(3)).isEmpty();
    }

    @Test
    void a_list_once_returned_does_not_change() {
      patternKeys().add(List.of(seen(SMITH, 1, 0), seen(SMITH, 2, 0)));
      var read = patternKeys().repeated(2);

      patternKeys().add(List.of(seen(SMITH, 3, 0)));
      patternKeys().removeAll(report(1));

      assertThat(read).containsExactly(seen(SMITH, 1, 0), seen(SMITH, 2, 0));
    }
  }

  @Nested
  class Removing {

    @Test
    void removes_only_that_reports_sightings() {
      patternKeys().add(List.of(seen(SMITH, 1, 0), seen(LIBRARY, 1, 0)));
      patternKeys().add(List.of(seen(SMITH, 2, 1), seen(LIBRARY, 2, 1)));

      patternKeys().removeAll(report(1));

      assertThat(patternKeys().repeated(1))
          .containsExactlyInAnyOrder(seen(SMITH, 2, 1), seen(LIBRARY, 2, 1));
    }

    @Test
    void removing_a_report_with_no_sighting_changes_nothing() {
      patternKeys().add(List.of(seen(SMITH, 1, 0)));

      patternKeys().removeAll(report(9));

      assertThat(patternKeys().repeated(1)).containsExactly(seen(SMITH, 1, 0));
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_sighting() {
      Concurrently.run((thread, step) -> {
        patternKeys().add(List.of(seen(SMITH, thread * 1000 + step, step)));
        return null;
      });

      assertThat(patternKeys().repeated(1)).hasSize(Concurrently.THREADS * Concurrently.TIMES);
    }
  }
}
