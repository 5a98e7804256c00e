package org.confide.adapter.web;

import io.javalin.http.Context;
import org.confide.adapter.web.security.SameOrigin;

/**
 * The one-time set-password link an administrator's reset answers, on the API and on the admin page
 * alike: the set-password page with its token, at the public address, else this server's as the
 * client reached it.
 */
public final class SetPasswordLinks {

  /** The page a set-password link opens. */
  public static final String SET_PASSWORD_PAGE = "/staff/set-password";

  private SetPasswordLinks() {}

  /** {@return the set-password link with {@code token}} */
  public static String link(SameOrigin origin, Context ctx, String token) {
    return origin.own(ctx).orElse("") + SET_PASSWORD_PAGE + "?token=" + token;
  }
}
