package io.kelola.extracts.web;

import io.kelola.extracts.ExtractsProperties;
import io.kelola.extracts.domain.SariLots;
import io.kelola.extracts.domain.Slot;
import io.kelola.extracts.domain.SlotAssignment;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sari/slots}: the cold-store slot board and the released lots waiting for a slot, each with
 * its ranked suggestions; choosing one puts the lot away. An htmx request (live refresh) gets only
 * the board. A refused slot (temperature, capacity) re-renders with the message in that lot's form.
 */
@Controller
class SlotBoardPageController {

  static final String PATH = "/sari/slots";
  static final String PAGE = "sari/slots";
  static final String PART = "sari/slotsBoard";
  private static final int MAX_WAITING = 50;

  private final SlotAssignment slots;
  private final SariLots lots;
  private final ExtractsProperties props;
  private final FormMessages messages;

  SlotBoardPageController(SlotAssignment slots, SariLots lots, ExtractsProperties props, FormMessages messages) {
    this.slots = slots;
    this.lots = lots;
    this.props = props;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("SLOT.ASSIGN")
  String board(@RequestParam(required = false) String assigned, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    response.addHeader("Vary", "HX-Request");
    model.addAttribute("view", view(null, null, FormErrors.NONE, assigned));
    return BoardValues.partOnly(request) ? PART : PAGE;
  }

  @PostMapping(PATH + "/{code}")
  @RequiresPermission("SLOT.ASSIGN")
  String assign(@PathVariable String code, @RequestParam(required = false) String location,
      HttpServletResponse response, Model model) {
    try {
      var lot = slots.assign(code, location);
      return "redirect:" + PATH + "?assigned=" + URLEncoder.encode(lot.lotCode(), StandardCharsets.UTF_8);
    } catch (BusinessRuleException e) {
      response.setStatus(e.status() == HttpStatus.CONFLICT ? 409 : e.status() == HttpStatus.NOT_FOUND ? 404 : 400);
      model.addAttribute("view", view(code, BoardValues.trim(location), messages.of(e), null));
      return PAGE;
    }
  }

  private SlotBoardView view(String failedLot, String chosen, FormErrors errors, String assigned) {
    var board = slots.board(props.warehouse());
    var byZone = new LinkedHashMap<String, List<Slot>>();
    board.stream().sorted(java.util.Comparator.comparing((Slot s) -> s.zone() == null ? "" : s.zone())
            .thenComparing(Slot::location))
        .forEach(s -> byZone.computeIfAbsent(s.zone() == null ? "-" : s.zone(), z -> new java.util.ArrayList<>()).add(s));
    var zones = byZone.entrySet().stream().map(e -> new SlotBoardView.Zone(e.getKey(), List.copyOf(e.getValue())))
        .toList();
    var waiting = lots.list(null, "RELEASED", null, MAX_WAITING).stream()
        .map(l -> new SlotBoardView.Waiting(l, slots.suggestions(l.lotCode()))).toList();
    // only a lot that is on the board now is named in the success message
    var done = assigned == null ? null : board.stream().anyMatch(s -> s.lots().contains(assigned)) ? assigned : null;
    return new SlotBoardView(props.warehouse(), zones, waiting, failedLot, chosen, errors, done);
  }
}
