package org.confide.application.memory;

import java.util.Optional;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.domain.shared.ReportReference;

/**
 * The access codes of {@link InMemoryReports}: two indexes kept in step, one code per report, one
 * report per digest. Every method runs inside the reports' own atomic step.
 */
final class AccessCodeIndex {

  private final InMemoryStore<ReportReference, AccessCodeDigest> byReport;
  private final InMemoryStore<AccessCodeDigest, ReportReference> byDigest;

  AccessCodeIndex(InMemoryTransactions transactions) {
    this.byReport = new InMemoryStore<>(transactions);
    this.byDigest = new InMemoryStore<>(transactions);
  }

  /** Whether {@code digest} opens a report other than {@code reference}. */
  boolean takenByAnother(AccessCodeDigest digest, ReportReference reference) {
    return byDigest.get(digest).filter(owner -> !owner.equals(reference)).isPresent();
  }

  /** Makes {@code digest} the code of {@code reference}, replacing its code; checked beforehand. */
  void put(ReportReference reference, AccessCodeDigest digest) {
    remove(reference);
    byReport.put(reference, digest);
    byDigest.put(digest, reference);
  }

  Optional<ReportReference> find(AccessCodeDigest digest) {
    return byDigest.get(digest);
  }

  Optional<AccessCodeDigest> digestOf(ReportReference reference) {
    return byReport.get(reference);
  }

  void remove(ReportReference reference) {
    byReport.remove(reference).ifPresent(byDigest::remove);
  }
}
