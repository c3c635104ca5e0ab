package io.kelola.factory.finance;

import io.kelola.factory.core.FactorySubjects;

/**
 * The two sides of the books: receivables (customers pay us, money IN) and payables (we pay
 * vendors, money OUT). Table and column names here are constants, never user input, so the SQL
 * built from them is safe.
 */
public enum Ledger {
  AR("t_ar", "inv_no", "inv_dt", "cust_id", "m_cust", "ar_id", "AR_PAYMENT", "IN", FactorySubjects.AR_STATUS),
  AP("t_ap", "bill_no", "bill_dt", "vendor_id", "m_vendor", "ap_id", "AP_PAYMENT", "OUT", FactorySubjects.AP_STATUS);

  final String table;
  final String numberCol;
  final String dateCol;
  final String partyCol;
  final String partyTable;
  final String cashLink;
  final String category;
  final String direction;
  final String statusSubject;

  Ledger(String table, String numberCol, String dateCol, String partyCol, String partyTable, String cashLink,
      String category, String direction, String statusSubject) {
    this.table = table;
    this.numberCol = numberCol;
    this.dateCol = dateCol;
    this.partyCol = partyCol;
    this.partyTable = partyTable;
    this.cashLink = cashLink;
    this.category = category;
    this.direction = direction;
    this.statusSubject = statusSubject;
  }

  /** Money comes in for a receivable, goes out for a payable. */
  public boolean moneyIn() {
    return this == AR;
  }

  /** Joins the order the document came from as {@code s}, its number as {@code s.src_no}. */
  String sourceJoin() {
    return this == AR ? " JOIN (SELECT id, so_no AS src_no FROM t_so) s ON s.id = d.so_id"
        : " JOIN (SELECT id, po_no AS src_no FROM t_po) s ON s.id = d.po_id";
  }

  /** WHERE clause addressing one document by its number or its uuid (param {@code :key}). */
  String byKey(String key) {
    return isUuid(key) ? "d.uuid = CAST(:key AS UUID)" : "d." + numberCol + " = :key";
  }

  static boolean isUuid(String key) {
    return key != null && key.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  }
}
