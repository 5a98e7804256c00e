package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

  /** A source that always returns the same long, to see exactly which bits are forced. */
  private static RandomGenerator constant(long value) {
    return () -> value;
  }

  @Nested
  class Format {

    @Test
    void ids_are_version_4_with_the_ietf_variant() {
      var random = new Random(1);
      for (int i = 0; i < 1_000; i++) {
        var id = RandomIds.uuid(random);

        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
      }
    }

    @Test
    void the_version_and_variant_bits_are_forced_even_from_all_ones() {
      var id = RandomIds.uuid(constant(-1L));

      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(id).isEqualTo(UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff"));
    }

    @Test
    void the_version_and_variant_bits_are_forced_even_from_all_zeros() {
      var id = RandomIds.uuid(constant(0L));

      assertThat(id).isEqualTo(UUID.fromString("00000000-0000-4000-8000-000000000000"));
    }

    @Test
    void the_text_form_shows_version_4() {
      assertThat(RandomIds.uuid(new Random(1)).toString())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
  }

  @Nested
  class Repeatability {

    @Test
    void the_same_seed_gives_the_same_ids() {
      var first = new Random(99);
      var second = new Random(99);

      for (int i = 0; i < 10; i++) {
        assertThat(RandomIds.uuid(first)).isEqualTo(RandomIds.uuid(second));
      }
    }

    @Test
    void successive_ids_from_one_source_differ() {
      var random = new Random(1);
      var seen = new HashSet<UUID>();

      for (int i = 0; i < 10_000; i++) {
        seen.add(RandomIds.uuid(random));
      }

      assertThat(seen).hasSize(10_000);
    }
  }
}
