package io.kelola.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full Kelola server on a random port over a real (embedded, throw-away) PostgreSQL, with demo
 * users loaded and a clock tests can move. All tests using it share one Spring context and one
 * database, so they must create their own data (unique names) and never rely on a clean slate.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kelola.db.embedded.ephemeral=true", "kelola.demo.enabled=true"})
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {}
