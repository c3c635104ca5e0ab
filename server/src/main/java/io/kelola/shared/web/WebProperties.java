package io.kelola.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param maxBodyBytes largest non-multipart request body accepted; larger bodies get 413 */
@ConfigurationProperties("kelola.web")
public record WebProperties(long maxBodyBytes) {

  public WebProperties {
    if (maxBodyBytes <= 0) maxBodyBytes = 1_048_576;
  }
}
