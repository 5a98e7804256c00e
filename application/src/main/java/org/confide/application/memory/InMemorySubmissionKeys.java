package org.confide.application.memory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.SubmissionKeys;

/** {@link SubmissionKeys} in memory, one claim per key digest. */
public final class InMemorySubmissionKeys implements SubmissionKeys {

  private final InMemoryStore<String, Claim> claims;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemorySubmissionKeys(InMemoryTransactions transactions) {
    this.claims = new InMemoryStore<>(transactions);
  }

  @Override
  public Optional<Claim> claim(Claim claim) {
    Objects.requireNonNull(claim, "claim must not be null");
    return claims.atomically(() -> {
      var earlier = claims.get(claim.keyDigest());
      if (earlier.isEmpty()) {
        claims.put(claim.keyDigest(), claim);
      }
      return earlier;
    });
  }

  @Override
  public int forgetBefore(Instant before) {
    Objects.requireNonNull(before, "before must not be null");
    return claims.removeIf((key, claim) -> claim.at().isBefore(before));
  }
}
