package io.kelola.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param dir directory the file system blob store writes into (created on first use) */
@ConfigurationProperties("kelola.files")
public record FilesProperties(String dir) {

  public FilesProperties {
    if (dir == null || dir.isBlank()) dir = "./var/files";
  }
}
