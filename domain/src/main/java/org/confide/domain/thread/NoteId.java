package org.confide.domain.thread;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/** Identifies one internal note on a case. */
public record NoteId(UUID value) {

  public NoteId {
    Objects.requireNonNull(value, "note id must not be null");
  }

  /** A new random id from the supplied source. */
  public static NoteId generate(RandomGenerator random) {
    return new NoteId(RandomIds.uuid(random));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
