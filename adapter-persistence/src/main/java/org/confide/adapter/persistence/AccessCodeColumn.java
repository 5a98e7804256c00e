package org.confide.adapter.persistence;

import java.util.Optional;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports.CodeChange;
import org.confide.domain.shared.ReportReference;
import org.jdbi.v3.core.Handle;

/**
 * The access codes of {@link JdbiReports}, in the {@code reports.access_code_digest} column with a
 * unique index: a report's code is written by the same insert as the report, and only a retried
 * submission or a safeguarding hold ever changes it afterwards.
 */
final class AccessCodeColumn {

  private AccessCodeColumn() {}

  /**
   * Replaces the code of a stored report. The check for another report with the digest and the
   * update are one statement; a concurrent insert of the very same digest between them (two draws
   * of the same 80 random bits) would end in a unique violation, which undoes the retried
   * submission and is answered as a failure to try again.
   */
  static CodeChange replace(Handle handle, ReportReference reference, AccessCodeDigest code) {
    int updated =
        handle
            .createUpdate(
                """
                update reports set access_code_digest = :digest
                 where reference = :reference
                   and not exists (select 1 from reports other
                                    where other.access_code_digest = :digest
                                      and other.reference <> :reference)\
                """)
            .bind("reference", reference.value())
            .bind("digest", code.hex())
            .execute();
    if (updated == 1) {
      return CodeChange.REPLACED;
    }
    if (!exists(handle, reference)) {
      throw new IllegalStateException("no report " + reference + " to give a code");
    }
    return CodeChange.CODE_TAKEN;
  }

  static Optional<ReportReference> find(Handle handle, AccessCodeDigest code) {
    return handle
        .createQuery("select reference from reports where access_code_digest = :digest")
        .bind("digest", code.hex())
        .map((row, context) -> new ReportReference(row.getString("reference")))
        .findOne();
  }

  static Optional<AccessCodeDigest> of(Handle handle, ReportReference reference) {
    return handle
        .createQuery("select access_code_digest from reports where reference = :reference")
        .bind("reference", reference.value())
        .map((row, context) -> Optional.ofNullable(row.getString("access_code_digest")))
        .findOne()
        .flatMap(digest -> digest.map(AccessCodeDigest::new));
  }

  static void remove(Handle handle, ReportReference reference) {
    handle
        .createUpdate(
            """
            update reports set access_code_digest = null
             where reference = :reference and access_code_digest is not null\
            """)
        .bind("reference", reference.value())
        .execute();
  }

  /** Whether a report with the reference is stored. */
  static boolean exists(Handle handle, ReportReference reference) {
    return handle
            .createQuery("select count(*) from reports where reference = :reference")
            .bind("reference", reference.value())
            .mapTo(Integer.class)
            .one()
        > 0;
  }
}
