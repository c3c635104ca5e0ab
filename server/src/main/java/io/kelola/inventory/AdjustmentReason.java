package io.kelola.inventory;

/** Why stock was corrected; the fixed list an adjustment must choose from. */
public enum AdjustmentReason {
  COUNT, DAMAGE, EXPIRED, FOUND, OTHER;

  public static boolean isValid(String code) {
    if (code == null) return false;
    for (var r : values()) if (r.name().equals(code)) return true;
    return false;
  }
}
