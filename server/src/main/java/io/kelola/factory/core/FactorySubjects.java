package io.kelola.factory.core;

/** Event subjects of the factory module. */
public final class FactorySubjects {

  public static final String SO_CREATED = "factory.so.created";
  public static final String SO_STATUS = "factory.so.status_changed";
  public static final String DO_STATUS = "factory.do.status_changed";
  public static final String PO_STATUS = "factory.po.status_changed";
  public static final String WO_STATUS = "factory.wo.status_changed";
  public static final String AR_STATUS = "factory.ar.status_changed";
  public static final String AP_STATUS = "factory.ap.status_changed";
  public static final String SHIFT_LOGGED = "factory.shift.logged";
  public static final String MAINT_LOGGED = "factory.maint.logged";
  public static final String PAYMENT_RECORDED = "factory.payment.recorded";
  public static final String SLA_BREACHED = "factory.sla.breached";

  private FactorySubjects() {}
}
