package org.confide.application.memory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.SubmissionKeys;

/** {@link SubmissionKeys} in memory, one claim per key digest. */
public final class InMemorySubmissionKeys implements SubmissionKeys {

  private final InMemoryStore<String, Claim> claims;

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
