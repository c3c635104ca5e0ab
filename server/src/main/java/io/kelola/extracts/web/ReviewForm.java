package io.kelola.extracts.web;

import java.util.Map;
import java.util.Set;

/**
 * The QC review form as typed (never the password). Lab values stay text so a typo re-renders.
 *
 * @param lab lab values by the spec's limit code
 * @param checks the spec checks ticked as passed
 */
public record ReviewForm(String decision, String reason, Map<String, String> lab, Set<String> checks,
    String retestReason) {

  public static final ReviewForm EMPTY = new ReviewForm("", "", Map.of(), Set.of(), "");

  public String lab(String code) {
    return lab.getOrDefault(code, "");
  }

  public boolean checked(String check) {
    return checks.contains(check);
  }
}
