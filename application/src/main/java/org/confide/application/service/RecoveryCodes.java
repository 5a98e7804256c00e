package org.confide.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.domain.staff.RecoveryCode;

/**
 * A new set of {@link RecoveryCode#ISSUED} recovery codes: as shown to the member, once, and as
 * kept (their keyed hashes only).
 */
record RecoveryCodes(List<String> shown, Set<String> digests) {

  static RecoveryCodes issue(RandomGenerator random, Secrets secrets) {
    var shown = new ArrayList<String>();
    var digests = new HashSet<String>();
    while (digests.size() < RecoveryCode.ISSUED) {
      var recovery = RecoveryCode.generate(random);
      if (digests.add(secrets.digest(recovery))) {
        shown.add(recovery.display());
      }
    }
    return new RecoveryCodes(List.copyOf(shown), Set.copyOf(digests));
  }

  @Override
  public String toString() {
    return "RecoveryCodes[hidden]";
  }
}
