package io.kelola.events.nats;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** NATS mode is on when {@code kelola.events.mode} is {@code nats} or a NATS URL is configured. */
class NatsModeCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    var env = context.getEnvironment();
    var mode = env.getProperty("kelola.events.mode", "embedded").trim();
    var url = env.getProperty("kelola.events.nats.url", "").trim();
    return mode.equalsIgnoreCase("nats") || !url.isEmpty();
  }
}
