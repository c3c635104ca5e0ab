package io.kelola.identity;

import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserService;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates throw-away users with unique names, as an admin would. */
public final class TestUsers {

  public static final String PASSWORD = "Rahasia-Uji-2026!";

  private TestUsers() {}

  public static String create(UserService users, String prefix, String role) {
    var name = prefix + "." + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    users.create(new NewUser(name, name + "@test.local", "Uji " + name, role, PASSWORD));
    return name;
  }

  public static String create(UserService users, TransactionTemplate tx, String prefix, String role) {
    return tx.execute(s -> create(users, prefix, role));
  }
}
