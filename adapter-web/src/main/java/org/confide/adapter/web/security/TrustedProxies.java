package org.confide.adapter.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The load balancers and proxies in front of Confide whose {@code X-Forwarded-For} is believed, as
 * addresses and CIDR blocks ({@code 10.0.0.0/8}, {@code 192.0.2.7}, {@code fd00::/8}). With a
 * trusted peer, the client is the rightmost address in {@code X-Forwarded-For} that is not itself a
 * trusted proxy: entries further left were written by whoever sent the request, and could be
 * anything. With any other peer, the header is ignored and the client is the peer.
 *
 * <p>Only address literals are read, never names, so nothing here asks DNS. The addresses are used
 * to throttle guessing and are never logged or stored (see {@link Guard}).
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV4_WITH_PORT =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d+)?");

  private static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** No proxy is trusted: every client is its TCP peer. */
  public static TrustedProxies none() {
    return NONE;
  }

  /** The outcome of {@link #parse}. */
  public sealed interface Parsed {
    /** Usable. */
    record Valid(TrustedProxies proxies) implements Parsed {}

    /** Not usable, and why, naming each entry that is not an address or a block. */
    record Invalid(String problem) implements Parsed {}
  }

  /**
   * Reads a list of addresses and CIDR blocks separated by commas or spaces; an empty list trusts
   * no proxy.
   */
  public static Parsed parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    var blocks = new ArrayList<Block>();
    var wrong = new ArrayList<String>();
    for (var entry : text.split("[,\\s]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      block(entry).ifPresentOrElse(blocks::add, () -> wrong.add(entry));
    }
    if (!wrong.isEmpty()) {
      return new Parsed.Invalid(
          "not an IP address or a CIDR block such as 10.0.0.0/8 or fd00::/8: "
              + String.join(", ", wrong));
    }
    return new Parsed.Valid(blocks.isEmpty() ? NONE : new TrustedProxies(blocks));
  }

  /** Whether no proxy is trusted. */
  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /**
   * The client of a request from {@code peer} (the TCP peer's address) carrying these {@code
   * X-Forwarded-For} header values (each a comma-separated list, oldest hop first).
   */
  String client(String peer, List<String> forwardedFor) {
    Objects.requireNonNull(peer, "peer must not be null");
    if (!trusted(peer)) {
      return peer;
    }
    var hops = new ArrayList<String>();
    for (var value : forwardedFor) {
      for (var hop : value.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    var client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      client = hops.get(i);
      if (!trusted(client)) {
        return client;
      }
    }
    // Every hop a trusted proxy: the leftmost is as near the client as anyone can tell.
    return client;
  }

  /** Whether {@code peer} (a TCP peer's address) is one of these proxies. */
  boolean trusts(String peer) {
    return trusted(peer);
  }

  private boolean trusted(String address) {
    return literal(address).filter(a -> blocks.stream().anyMatch(b -> b.contains(a))).isPresent();
  }

  @Override
  public String toString() {
    return "TrustedProxies[" + blocks.size() + " blocks]";
  }

  /** A network: the address bytes and how many leading bits must match. */
  private record Block(byte[] network, int bits) {
    boolean contains(InetAddress address) {
      var bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private static Optional<Block> block(String entry) {
    var slash = entry.indexOf('/');
    var address = literal(slash < 0 ? entry : entry.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    int max = address.get().getAddress().length * 8;
    if (slash < 0) {
      return Optional.of(new Block(address.get().getAddress(), max));
    }
    var bitsText = entry.substring(slash + 1);
    if (!bitsText.matches("\\d{1,3}")) {
      return Optional.empty();
    }
    int bits = Integer.parseInt(bitsText);
    return bits > max ? Optional.empty() : Optional.of(new Block(address.get().getAddress(), bits));
  }

  /**
   * The address an IPv4 or IPv6 literal names (a port after it, or brackets around IPv6, allowed);
   * empty for anything else, which is never looked up as a name.
   */
  static Optional<InetAddress> literal(String text) {
    var candidate = text.strip();
    var withPort = IPV4_WITH_PORT.matcher(candidate);
    var bracketed = BRACKETED_IPV6.matcher(candidate);
    if (withPort.matches()) {
      candidate = withPort.group(1);
    } else if (bracketed.matches()) {
      candidate = bracketed.group(1);
    }
    try {
      if (IPV4.matcher(candidate).matches()) {
        var octets = candidate.split("\\.");
        var bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(octets[i]);
          if (octet > 255) {
            return Optional.empty();
          }
          bytes[i] = (byte) octet;
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      // Text with a colon cannot be a host name, so getByName parses it as an IPv6 literal (an
      // IPv4-mapped one comes back as IPv4) or refuses it, and never asks DNS.
      if (IPV6.matcher(candidate).matches()) {
        return Optional.of(InetAddress.getByName(candidate));
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
