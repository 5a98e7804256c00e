package org.confide.application.port.out;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;

/**
 * Which named reports give which email address, known only by a keyed digest of the address, so
 * that a subject access request finds a person's reports without opening every report's sealed
 * contact details and without a list of addresses in the clear. Each named report has at most one
 * entry; an entry without a key records that the report gives no email address (a phone number
 * only). A report's entry goes when the report goes.
 */
public interface ReporterKeys {

  /**
   * The keyed hash (HMAC-SHA-256 under the server secret) of an email address, trimmed and in lower
   * case: what is stored and looked up instead of the address.
   *
   * @param hex the digest as 64 hexadecimal digits, lower case
   */
  record ReporterKey(String hex) {
    /**
     * Checks the form, and keeps the digits in lower case.
     *
     * @throws NullPointerException if {@code hex} is null
     * @throws IllegalArgumentException if {@code hex} is not 64 hexadecimal digits
     */
    public ReporterKey {
      Objects.requireNonNull(hex, "reporter key must not be null");
      if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new IllegalArgumentException("a reporter key is 64 hexadecimal characters");
      }
      hex = hex.toLowerCase(Locale.ROOT);
    }

    /**
     * A key from its bytes.
     *
     * @param bytes the 32 bytes of an HMAC-SHA-256
     * @return the key
     */
    public static ReporterKey of(byte[] bytes) {
      return new ReporterKey(HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
      return "ReporterKey[hidden]";
    }
  }

  /**
   * Keeps the key of a named report's email address, replacing any entry the report had.
   *
   * @param report a stored, named report
   * @param key the key of its email address; empty when it gives none
   */
  void keep(ReportReference report, Optional<ReporterKey> key);

  /**
   * The reports whose email address has this key.
   *
   * @param key the key of an address
   * @return their references, in reference order; empty when none has it
   */
  List<ReportReference> reportsOf(ReporterKey key);

  /**
   * Named reports the store holds with no entry here: reports named before entries were kept (a
   * database upgraded from before migration 31), for the caller to key once. A store that never
   * held a report before keeping entries (the in-memory one) answers none.
   *
   * @param limit how many at most, not negative
   * @return their references, in reference order
   */
  List<ReportReference> unkeyed(int limit);

  /**
   * Forgets a report's entry; nothing happens if it has none.
   *
   * @param report the report
   */
  void remove(ReportReference report);
}
