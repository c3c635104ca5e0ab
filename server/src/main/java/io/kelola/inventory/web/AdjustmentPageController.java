package io.kelola.inventory.web;

import io.kelola.inventory.Adjustment;
import io.kelola.inventory.AdjustmentReason;
import io.kelola.inventory.StockLedger;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Stock adjustment page: a counted quantity or a signed change, with a reason. A refused submit
 * re-renders the form with the message next to its field; success goes to the item's stock.
 */
@Controller
class AdjustmentPageController {

  private static final String PAGE = "inventory/adjustNew";

  /** Service field names → form field names. */
  private static final Map<String, String> FIELDS = Map.of("delta", "qty", "counted", "qty", "uom", "qty");

  private final StockLedger ledger;
  private final FormMessages messages;

  AdjustmentPageController(StockLedger ledger, FormMessages messages) {
    this.ledger = ledger;
    this.messages = messages;
  }

  @GetMapping("/inventory/adjustments/new")
  @RequiresPermission("INV.ADJUST")
  String form(Model model) {
    return render(model, AdjustmentForm.EMPTY, FormErrors.NONE);
  }

  @PostMapping("/inventory/adjustments/new")
  @RequiresPermission("INV.ADJUST")
  String submit(@ModelAttribute AdjustmentForm input, HttpServletResponse response, Model model) {
    var form = new AdjustmentForm(trim(input.item()), trim(input.warehouse()), trim(input.location()),
        trim(input.lotNo()), input.mode(), trim(input.qty()), input.reason(), input.note());
    try {
      var qty = quantity(form.qty());
      ledger.adjust(new Adjustment(form.item(), form.warehouse(), blankToNull(form.location()),
          blankToNull(form.lotNo()), form.counted() ? null : qty, form.counted() ? qty : null, null, form.reason(),
          blankToNull(form.note()), null, null));
      return "redirect:/inventory/stock?q=" + URLEncoder.encode(form.item(), StandardCharsets.UTF_8)
          + "&wh=" + URLEncoder.encode(form.warehouse(), StandardCharsets.UTF_8) + "&done=adjusted";
    } catch (BusinessRuleException e) {
      response.setStatus(e.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      return render(model, form, messages.of(e, FIELDS));
    }
  }

  private static BigDecimal quantity(String text) {
    if (text == null || text.isBlank()) throw BusinessRuleException.invalid("qty", "inventory.field.required");
    try {
      // people type Indonesian decimals ("12,5"); a dot is accepted too
      return new BigDecimal(text.replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid("qty", "inventory.qty.invalid");
    }
  }

  private String render(Model model, AdjustmentForm form, FormErrors errors) {
    var reasons = Arrays.stream(AdjustmentReason.values()).map(Enum::name).toList();
    model.addAttribute("view", new AdjustmentFormView(form, errors, reasons));
    return PAGE;
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
