package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.PoDetail;
import io.kelola.web.FormErrors;
import java.util.Map;

/**
 * The goods receipt page: one row per open PO line with qty, and lot/expiry inputs for tracked items.
 * Template view model.
 *
 * @param typed what was typed, by input name ({@code qty_1}, {@code lot_1}, {@code exp_1}, {@code recvDate}…)
 */
public record ReceiveView(PoDetail d, Map<String, String> typed, FormErrors errors) {

  public String value(String name) {
    return typed.getOrDefault(name, "");
  }
}
