package io.kelola.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.SessionService;
import io.kelola.identity.domain.UserService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The batched session check behind open event streams: same verdicts as the per-request one. */
@IntegrationTest
class StreamSessionCheckTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired SessionService sessions;
  @Autowired MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private UUID sessionOf(String username) {
    var browser = Http.browser(port, username, TestUsers.PASSWORD);
    return sessions.byBrowserToken(browser.cookie("KELOLA_SESSION")).orElseThrow().sessionUuid();
  }

  @Test
  void answersOnlyForLiveSessionsWithTheirCurrentPrincipal() {
    var live = sessionOf(TestUsers.create(users, "stream-live", "QC_SUPERVISOR"));
    var revoked = sessionOf(TestUsers.create(users, "stream-revoked", "OPERATOR"));
    sessions.revoke(revoked, "test");
    var unknown = UUID.randomUUID();

    var valid = sessions.validBySessionUuids(List.of(live, revoked, unknown, live));

    assertThat(valid).containsOnlyKeys(live);
    assertThat(valid.get(live).roleCode()).isEqualTo("QC_SUPERVISOR");
    assertThat(valid.get(live).sessionUuid()).isEqualTo(live);
  }

  @Test
  void checkingKeepsAnOpenStreamsSessionFromGoingIdleAndDropsAnIdleOne() {
    var watched = sessionOf(TestUsers.create(users, "stream-watched", "OPERATOR"));
    var idle = sessionOf(TestUsers.create(users, "stream-idle", "OPERATOR"));
    for (int i = 0; i < 4; i++) { // 4 × 20 min: past the 30-minute idle timeout for a session nobody checks
      clock.advance(Duration.ofMinutes(20));
      assertThat(sessions.validBySessionUuids(List.of(watched))).containsOnlyKeys(watched);
    }
    assertThat(sessions.validBySessionUuids(List.of(watched, idle))).containsOnlyKeys(watched);
  }

  @Test
  void looksUpMoreSessionsThanOneStatementTakes() {
    var live = sessionOf(TestUsers.create(users, "stream-many", "OPERATOR"));
    var many = new ArrayList<UUID>();
    for (int i = 0; i < 2_500; i++) many.add(UUID.randomUUID());
    many.add(live);
    assertThat(sessions.validBySessionUuids(many)).containsOnlyKeys(live);
  }
}
