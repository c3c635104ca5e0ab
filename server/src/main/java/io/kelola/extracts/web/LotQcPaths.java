package io.kelola.extracts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Addresses of the SARI intake, lot and QC pages, shared by their controllers and templates so a
 * link and its handler cannot drift apart. Files are served by the JSON API and linked from here.
 */
public final class LotQcPaths {

  public static final String NEW_LOT = "/sari/lots/new";
  public static final String MY_LOTS = "/sari/my-lots";
  public static final String LOTS = "/sari/lots";
  public static final String LOT = "/sari/lots/{code}";
  public static final String QC = "/sari/qc";
  public static final String JOB = "/sari/qc/jobs/{uuid}";
  public static final String REVIEW = "/sari/qc/jobs/{uuid}/review";
  public static final String RETEST = "/sari/qc/jobs/{uuid}/retest";

  private LotQcPaths() {}

  public static String lot(String code) {
    return LOTS + "/" + enc(code);
  }

  public static String job(UUID job) {
    return QC + "/jobs/" + job;
  }

  public static String review(UUID job) {
    return job(job) + "/review";
  }

  public static String retest(UUID job) {
    return job(job) + "/retest";
  }

  public static String photo(UUID photo) {
    return "/api/v1/sari/photos/" + photo;
  }

  public static String annotated(UUID job, UUID photo) {
    return "/api/v1/sari/qc/jobs/" + job + "/photos/" + photo + "/annotated";
  }

  public static String coaPdf(String code) {
    return "/api/v1/sari/lots/" + enc(code) + "/coa.pdf";
  }

  public static String supplierCoa(String code) {
    return "/api/v1/sari/lots/" + enc(code) + "/supplier-coa";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
