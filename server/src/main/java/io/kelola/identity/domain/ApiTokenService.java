package io.kelola.identity.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.kelola.audit.AuditActor;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.identity.IdentityProperties;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API credentials for edge nodes and integrations: signed JWT access tokens (15 min) naming their
 * session, and refresh tokens that rotate on every use. Presenting a refresh token twice means it
 * leaked: the whole family (the session) is revoked and the event audited.
 */
@Service
public class ApiTokenService {

  private static final String ISSUER = "kelola";

  private final JdbcClient jdbc;
  private final SigningKeys keys;
  private final SessionService sessions;
  private final AuditTrail audit;
  private final IdentityProperties props;
  private final Clock clock;

  ApiTokenService(JdbcClient jdbc, SigningKeys keys, SessionService sessions, AuditTrail audit,
      IdentityProperties props, Clock clock) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.sessions = sessions;
    this.audit = audit;
    this.props = props;
    this.clock = clock;
  }

  /** A first pair for a session just opened by login. */
  @Transactional
  public TokenPair issue(IssuedSession session, UUID userUuid) {
    return new TokenPair(accessToken(session.uuid(), userUuid), newRefreshToken(session.id()), "Bearer",
        props.accessTokenTtl().toSeconds());
  }

  /** The session an access token speaks for, if its signature, issuer and expiry hold. */
  public Optional<UUID> verify(String token) {
    return verified(token).map(VerifiedToken::sessionUuid);
  }

  /** A valid access token: the session it speaks for and when it stops being accepted. */
  public record VerifiedToken(UUID sessionUuid, Instant expiresAt) {}

  /** {@link #verify}, with the token's expiry. */
  public Optional<VerifiedToken> verified(String token) {
    try {
      var jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) return Optional.empty();
      if (!jwt.verify(new MACVerifier(keys.current().secret()))) return Optional.empty();
      var claims = jwt.getJWTClaimsSet();
      if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null) return Optional.empty();
      var expiresAt = claims.getExpirationTime().toInstant();
      if (!expiresAt.isAfter(clock.instant())) return Optional.empty();
      return Optional.of(new VerifiedToken(UUID.fromString(claims.getStringClaim("sid")), expiresAt));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Rotates a refresh token; empty when it is unknown, expired, revoked — or reused. */
  @Transactional
  public Optional<TokenPair> refresh(String rawRefreshToken) {
    if (rawRefreshToken == null || rawRefreshToken.length() > 200) return Optional.empty();
    var now = clock.instant();
    record Row(long id, long sessionId, UUID sessionUuid, boolean used, boolean expired, long userId, String username, UUID userUuid) {}
    var row = jdbc.sql("""
        SELECT rt.id, rt.session_id, s.uuid AS session_uuid, rt.used_at IS NOT NULL AS used,
               rt.expires_at <= :now AS expired, u.id AS user_id, u.username, u.uuid AS user_uuid
        FROM adm_refresh_token rt JOIN adm_session s ON s.id = rt.session_id JOIN adm_user u ON u.id = s.user_id
        WHERE rt.token_hash = :h FOR UPDATE OF rt""")
        .param("h", Secrets.hash(rawRefreshToken)).param("now", Timestamp.from(now))
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("session_id"), rs.getObject("session_uuid", UUID.class),
            rs.getBoolean("used"), rs.getBoolean("expired"), rs.getLong("user_id"), rs.getString("username"),
            rs.getObject("user_uuid", UUID.class)))
        .optional();
    if (row.isEmpty()) return Optional.empty();
    var r = row.get();
    if (r.used()) {
      if (sessions.revoke(r.sessionId(), "refresh_reuse")) {
        audit.record(AuditEntry.of("TOKEN_REUSE", "adm_session", r.sessionId(), r.sessionUuid().toString())
            .change(null, Map.of("revoked", "session")), new AuditActor(r.userId(), r.username()));
      }
      return Optional.empty();
    }
    if (r.expired() || sessions.bySessionUuid(r.sessionUuid()).isEmpty()) return Optional.empty();
    jdbc.sql("UPDATE adm_refresh_token SET used_at = :now WHERE id = :id").param("now", Timestamp.from(now)).param("id", r.id()).update();
    sessions.extendApiSession(r.sessionId());
    return Optional.of(new TokenPair(accessToken(r.sessionUuid(), r.userUuid()), newRefreshToken(r.sessionId()), "Bearer",
        props.accessTokenTtl().toSeconds()));
  }

  private String newRefreshToken(long sessionId) {
    var raw = Secrets.newToken();
    var now = clock.instant();
    jdbc.sql("INSERT INTO adm_refresh_token (session_id, token_hash, issued_at, expires_at) VALUES (:s, :h, :now, :exp)")
        .param("s", sessionId).param("h", Secrets.hash(raw)).param("now", Timestamp.from(now))
        .param("exp", Timestamp.from(now.plus(props.refreshTokenTtl()))).update();
    return raw;
  }

  private String accessToken(UUID sessionUuid, UUID userUuid) {
    var now = clock.instant();
    var key = keys.current();
    var claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER).subject(userUuid.toString()).claim("sid", sessionUuid.toString())
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(props.accessTokenTtl())))
        .jwtID(UUID.randomUUID().toString()).build();
    try {
      var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.kid()).build(), claims);
      jwt.sign(new MACSigner(key.secret()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign access token", e);
    }
  }
}
