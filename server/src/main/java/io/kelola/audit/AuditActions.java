package io.kelola.audit;

/** The common audit verbs (seed 002 §1.7.B); modules may add their own (APPROVE, RELEASE…). */
public final class AuditActions {

  private AuditActions() {}

  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String DELETE = "DELETE";
  public static final String LOGIN = "LOGIN";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String LOGOUT = "LOGOUT";
  public static final String EXPORT = "EXPORT";
}
