package io.kelola.masterdata.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate with its status on today's date.
 *
 * @param status VALID, EXPIRING (ends within {@link CertificateService#EXPIRING_DAYS} days) or EXPIRED
 */
public record CertificateView(UUID uuid, String vendor, String item, String type, String number, String issuer,
    LocalDate validFrom, LocalDate validTo, String status, String fileName, String fileType, Long fileSize) {

  public boolean hasFile() {
    return fileName != null;
  }
}
