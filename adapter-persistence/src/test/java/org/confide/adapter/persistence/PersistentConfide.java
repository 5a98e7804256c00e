package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.confide.application.Confide;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.crypto.Secrets;
import org.confide.domain.session.SessionPolicy;

/** The whole application on the Jdbi adapters of one database, as bootstrap will wire it. */
final class PersistentConfide {

  private PersistentConfide() {}

  /**
   * @param cipherKey the 32-byte key report content is sealed under
   * @param secret the server secret access codes are digested under
   */
  static Confide confide(Database database, byte[] cipherKey, byte[] secret, Clock clock) {
    return confide(
        database, new FieldCipher(Map.of(1, cipherKey), 1, new SecureRandom()), secret, clock);
  }

  /**
   * @param cipher what report content is sealed with
   * @param secret the server secret access codes are digested under
   */
  static Confide confide(Database database, FieldCipher cipher, byte[] secret, Clock clock) {
    var random = new SecureRandom();
    return Confide.assemble(
        JdbiStores.on(database, cipher).ports(),
        new Argon2idPasswords(Argon2idPasswords.Parameters.forTestsOnly(), random),
        new Secrets(secret),
        clock,
        random,
        SessionPolicy.standard());
  }
}
