package io.kelola.identity.domain;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HMAC key that signs API access tokens. Created once in {@code adm_signing_key} on first use,
 * so every replica and every restart agrees on it without a secret in configuration.
 */
@Component
class SigningKeys {

  record Key(String kid, byte[] secret) {}

  private final JdbcClient jdbc;
  private final AtomicReference<Key> current = new AtomicReference<>();

  SigningKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  Key current() {
    var key = current.get();
    if (key != null) return key;
    jdbc.sql("INSERT INTO adm_signing_key (kid, secret) VALUES ('k1', :s) ON CONFLICT (kid) DO NOTHING")
        .param("s", Secrets.newKey()).update();
    key = jdbc.sql("SELECT kid, secret FROM adm_signing_key ORDER BY id DESC LIMIT 1")
        .query((rs, n) -> new Key(rs.getString("kid"), rs.getBytes("secret"))).single();
    current.set(key);
    return key;
  }
}
