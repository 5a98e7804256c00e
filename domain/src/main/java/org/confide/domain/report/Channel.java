package org.confide.domain.report;

import java.util.Arrays;
import java.util.Optional;

/** How a disclosure reached an adviser who entered it as a report on the discloser's behalf. */
public enum Channel {
  /** Told to an adviser face to face. */
  IN_PERSON("in-person", "In person"),
  /** Told to an adviser on the phone. */
  PHONE("phone", "By phone"),
  /** Sent to an adviser, or to the service, by email. */
  EMAIL("email", "By email");

  private final String code;
  private final String words;

  Channel(String code, String words) {
    this.code = code;
    this.words = words;
  }

  /**
   * {@return the channel's stable name, as the API and the database write it: {@code in-person}}
   */
  public String code() {
    return code;
  }

  /** {@return the channel as staff read it: "In person"} */
  public String words() {
    return words;
  }

  /**
   * The channel named {@code code}, as {@link #code()} writes it.
   *
   * @param code the name as sent or stored
   * @return the channel, or empty if no channel has that name
   */
  public static Optional<Channel> read(String code) {
    return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
  }
}
