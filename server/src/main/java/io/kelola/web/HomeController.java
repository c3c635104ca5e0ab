package io.kelola.web;

import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: who you are and where you can go from here. */
@Controller
class HomeController {

  static final String PATH = "/";

  @GetMapping(PATH)
  @AuthenticatedEndpoint
  String home(Model model) {
    model.addAttribute("principal", CurrentUser.get().orElseThrow());
    return "home";
  }
}
