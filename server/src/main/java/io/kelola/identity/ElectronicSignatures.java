package io.kelola.identity;

import io.kelola.identity.domain.UserService;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import org.springframework.stereotype.Service;

/**
 * Electronic signatures for other modules (e.g. a QC release): the signed-in user re-enters their
 * password, so a decision is tied to the person and not just to an open session.
 */
@Service
public class ElectronicSignatures {

  private final UserService users;

  ElectronicSignatures(UserService users) {
    this.users = users;
  }

  /**
   * Checks the caller's password; a wrong one is a 400 on field {@code password} and is audited as a
   * failed signature. Call it inside the transaction that records the signed decision.
   *
   * @param meaning what the signature means, e.g. {@code QC_APPROVE}, kept in the audit row
   * @throws NotAuthenticatedException when nobody is signed in
   */
  public void confirm(String password, String meaning) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    users.confirmSignature(me.userId(), password, meaning);
  }
}
