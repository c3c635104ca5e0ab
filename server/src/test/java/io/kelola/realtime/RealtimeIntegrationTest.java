package io.kelola.realtime;

import io.kelola.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** The integration server with a short heartbeat, so session checks on idle streams happen within a test. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "kelola.realtime.heartbeat=300ms")
@interface RealtimeIntegrationTest {}
