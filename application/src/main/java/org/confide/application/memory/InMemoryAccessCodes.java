package org.confide.application.memory;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.AccessCodes;
import org.confide.domain.shared.ReportReference;

/** {@link AccessCodes} in memory: two indexes kept in step, one code per report, one per digest. */
public final class InMemoryAccessCodes implements AccessCodes {

  private final InMemoryStore<ReportReference, AccessCodeDigest> byReport;
  private final InMemoryStore<AccessCodeDigest, ReportReference> byDigest;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryAccessCodes(InMemoryTransactions transactions) {
    this.byReport = new InMemoryStore<>(transactions);
    this.byDigest = new InMemoryStore<>(transactions);
  }

  @Override
  public Registration register(ReportReference reference, AccessCodeDigest digest) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(digest, "digest must not be null");
    return byReport.atomically(() -> {
      if (byDigest.get(digest).filter(owner -> !owner.equals(reference)).isPresent()) {
        return Registration.DIGEST_TAKEN;
      }
      byReport.get(reference).ifPresent(byDigest::remove);
      byReport.put(reference, digest);
      byDigest.put(digest, reference);
      return Registration.REGISTERED;
    });
  }

  @Override
  public Optional<ReportReference> find(AccessCodeDigest digest) {
    return byDigest.get(Objects.requireNonNull(digest, "digest must not be null"));
  }

  @Override
  public Optional<AccessCodeDigest> digestOf(ReportReference reference) {
    return byReport.get(Objects.requireNonNull(reference, "reference must not be null"));
  }

  @Override
  public void remove(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    byReport.atomically(() -> {
      byReport.remove(reference).ifPresent(byDigest::remove);
      return null;
    });
  }
}
