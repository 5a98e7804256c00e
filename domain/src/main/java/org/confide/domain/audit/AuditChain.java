package org.confide.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.confide.domain.shared.ReportReference;

/**
 * The hash chain that makes the audit trail tamper-evident: each event's hash is SHA-256 over the
 * hash of the event before it and a canonical encoding of the event and its position, so an event
 * removed, inserted or changed behind Confide's back breaks every link from there on. Times are
 * encoded to the microsecond, as the databases keep them. The hash covers an event's English
 * detail; its coded note ({@link AuditEvent#coded()}) is checked against that detail instead, so
 * the encoding, and every hash already stored, stay as they were before notes were coded.
 */
public final class AuditChain {

  private static final String VERSION = "confide-audit-chain-v1";

  private AuditChain() {}

  /**
   * The link of {@code event} appended after {@code previous}.
   *
   * @param previous the link of the event before it, or {@link ChainLink#START}
   * @param event the event appended
   * @return its link: the next position and its hash
   */
  public static ChainLink link(ChainLink previous, AuditEvent event) {
    Objects.requireNonNull(previous, "previous must not be null");
    Objects.requireNonNull(event, "event must not be null");
    long position = previous.position() + 1;
    return new ChainLink(position, hash(previous.hash(), position, event));
  }

  /**
   * The instant as the chain and the databases keep it: to the microsecond, earlier parts dropped.
   *
   * @param at an instant
   * @return the same instant without its nanoseconds below a microsecond
   */
  public static Instant stored(Instant at) {
    return at.minusNanos(at.getNano() % 1_000);
  }

  /**
   * A walk along the chain from its start, fed the chained events in order of position.
   *
   * @return a new walk
   */
  public static Walk walk() {
    return new Walk();
  }

  /**
   * Walks the whole chain from its start, reading it a batch at a time, and ends against {@code
   * head}. Events beyond the head (appended while the chain is read) are not checked.
   *
   * @param head the chain's head, read before the chain
   * @param after the chained events after a position, in order of position, a batch at a time; an
   *     empty batch ends the chain
   * @return whether the chain is whole, or where it first breaks
   */
  public static ChainVerdict verify(ChainLink head, LongFunction<List<ChainedEvent>> after) {
    Objects.requireNonNull(head, "head must not be null");
    Objects.requireNonNull(after, "after must not be null");
    var walk = walk();
    long read = 0;
    while (read < head.position()) {
      var batch = after.apply(read);
      if (batch.isEmpty()) {
        break;
      }
      for (var next : batch) {
        if (next.link().position() > head.position()) {
          return walk.end(head);
        }
        var broken = walk.next(next);
        if (broken.isPresent()) {
          return broken.get();
        }
      }
      read = batch.getLast().link().position();
    }
    return walk.end(head);
  }

  private static String hash(String previous, long position, AuditEvent event) {
    var at = stored(event.at());
    var encoded = new StringBuilder();
    field(encoded, VERSION);
    field(encoded, previous);
    field(encoded, Long.toString(position));
    field(encoded, event.id().toString());
    field(encoded, at.getEpochSecond() + "." + at.getNano() / 1_000);
    switch (event.actor()) {
      case Actor.Staff staff -> {
        field(encoded, "STAFF");
        field(encoded, staff.id().toString());
      }
      case Actor.Reporter reporter -> {
        field(encoded, "REPORTER");
        field(encoded, "");
      }
      case Actor.System system -> {
        field(encoded, "SYSTEM");
        field(encoded, "");
      }
    }
    field(encoded, event.action().name());
    field(encoded, event.subject().map(ReportReference::value).orElse(""));
    field(encoded, event.detail());
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(encoded.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  // Length-prefixed, so that no two different events encode alike whatever their text holds.
  private static void field(StringBuilder encoded, String value) {
    encoded.append(value.length()).append(':').append(value).append(';');
  }

  /** Checks the chain one event at a time, in order of position, keeping only the last link. */
  public static final class Walk {

    private ChainLink last = ChainLink.START;
    private long checked;

    private Walk() {}

    /**
     * Checks the next event: it must hold the next position, its stored hash must be the one its
     * content and the hash before it give, and its coded note, if any, must make exactly its
     * detail.
     *
     * @param next the next chained event, as stored
     * @return the break it shows, or empty if it holds
     */
    public Optional<ChainVerdict.Broken> next(ChainedEvent next) {
      Objects.requireNonNull(next, "next must not be null");
      var expected = link(last, next.event());
      if (next.link().position() != expected.position()) {
        return Optional.of(
            new ChainVerdict.Broken(
                expected.position(),
                "the event at position " + expected.position() + " is missing"));
      }
      // The hash covers the English detail; the coded note beside it must still say exactly that.
      if (!next.link().hash().equals(expected.hash()) || !next.event().codedAsDetail()) {
        return Optional.of(
            new ChainVerdict.Broken(
                expected.position(),
                "the event at position "
                    + expected.position()
                    + ", or the one before it, was changed"));
      }
      last = next.link();
      checked++;
      return Optional.empty();
    }

    /**
     * Ends the walk against the chain's head, as recorded when the last event was appended: events
     * removed from the end show here.
     *
     * @param head the head recorded with the last append, or {@link ChainLink#START}
     * @return whether the chain is whole
     */
    public ChainVerdict end(ChainLink head) {
      Objects.requireNonNull(head, "head must not be null");
      if (!head.equals(last)) {
        long position = last.position() + 1;
        return new ChainVerdict.Broken(
            position,
            head.position() > last.position()
                ? "the events from position " + position + " on are missing"
                : "the chain's recorded end does not match its last event");
      }
      return new ChainVerdict.Whole(checked);
    }
  }
}
