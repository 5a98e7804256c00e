package org.confide.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.confide.adapter.web.Problem;

/**
 * Form tokens that only this server can make, each bound to what the server knows of the browser
 * that asked for the form: its page session, or, before it has one, a random visit cookie of its
 * own.
 *
 * <p>A token is an HMAC under the {@link FormKey}. One bound to a session is the MAC of the session
 * token (and whose session it is, a reporter's or a staff member's), so only a page rendered for
 * that session holds it: a page on a sibling site that sets a cookie of its choosing cannot make
 * one for the victim's session. One bound to a visit (the report form, the sign-in pages: no
 * session yet) is the MAC of the visit cookie and an expiry {@value #VISIT_HOURS} hours after the
 * page was rendered, so a token someone fetched for a cookie of their own soon stops working.
 */
public final class FormTokens {

  /** How many hours a page of the report form (or a sign-in page) may be left before it expires. */
  public static final int VISIT_HOURS = 2;

  static final Duration VISIT_LIFETIME = Duration.ofHours(VISIT_HOURS);

  /** The answer to a form without a good token, or posted from another origin. */
  public static Problem expired() {
    return Problem.of(403, "formExpired");
  }

  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern VISIT_TOKEN = Pattern.compile("(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

  /** What a token is bound to. */
  public sealed interface Binding {
    /** A page session: {@code holder} names its kind, {@code token} is its session token. */
    record Session(String holder, String token) implements Binding {
      @Override
      public String toString() {
        return "Session[" + holder + ", hidden]";
      }
    }

    /** No session yet: the random value of the browser's visit cookie. */
    record Visit(String nonce) implements Binding {
      @Override
      public String toString() {
        return "Visit[hidden]";
      }
    }
  }

  private final SecretKeySpec key;
  private final Clock clock;

  public FormTokens(FormKey key, Clock clock) {
    this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    this.clock = clock;
  }

  /** A token for forms rendered now for {@code binding}. */
  public String issue(Binding binding) {
    return switch (binding) {
      case Binding.Session session -> mac("session", session.holder(), session.token());
      case Binding.Visit visit -> {
        var expires = Long.toString(clock.instant().plus(VISIT_LIFETIME).getEpochSecond());
        yield expires + "." + mac("visit", visit.nonce(), expires);
      }
    };
  }

  /** Whether {@code sent} is a token this server issued for {@code binding}, and still good. */
  public boolean accepts(Binding binding, String sent) {
    return switch (binding) {
      case Binding.Session session -> same(mac("session", session.holder(), session.token()), sent);
      case Binding.Visit visit -> {
        var parts = VISIT_TOKEN.matcher(sent);
        if (!parts.matches()) {
          yield false;
        }
        var expires = parts.group(1);
        boolean current = clock.instant().getEpochSecond() < Long.parseLong(expires);
        // Compared whatever the expiry says, so that an expired token takes as long as a wrong one.
        boolean genuine = same(mac("visit", visit.nonce(), expires), parts.group(2));
        yield genuine && current;
      }
    };
  }

  private String mac(String purpose, String first, String second) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      for (var part : new String[] {purpose, first}) {
        mac.update(part.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
      }
      var digest = mac.doFinal(second.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static boolean same(String expected, String sent) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
