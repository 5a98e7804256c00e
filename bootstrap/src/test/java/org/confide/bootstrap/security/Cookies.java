package org.confide.bootstrap.security;

/** The names of the cookies the pages use (the web adapter's, repeated: they are its contract). */
final class Cookies {

  static final String REPORTER = "confide_reporter";
  static final String STAFF = "confide_staff";
  static final String FORM = "confide_form";
  static final String DEVICE = "confide_device";

  private Cookies() {}
}
