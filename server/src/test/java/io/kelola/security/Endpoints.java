package io.kelola.security;

import io.kelola.shared.security.EndpointPermissionInterceptor.EndpointAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every (method, path) Kelola's MVC layer serves, with the access rule its handler declares. */
record Endpoints(List<Endpoint> all) {

  record Endpoint(String method, String path, HandlerMethod handler) {

    EndpointAccess access() {
      return EndpointAccess.of(handler);
    }

    String rule() {
      var a = access();
      if (a.isPublic()) return "PUBLIC";
      if (a.permission() != null) return a.permission();
      return a.authenticated() ? "AUTHENTICATED" : "UNDECLARED";
    }

    boolean ours() {
      return handler.getBeanType().getName().startsWith("io.kelola.");
    }

    boolean hasJsonBody() {
      for (var p : handler.getMethodParameters()) {
        if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) return true;
      }
      return false;
    }

    /** The path with every variable filled by a value that matches no real row. */
    String concretePath() {
      return path.replaceAll("\\{uuid}", UUID.randomUUID().toString())
          .replaceAll("\\{code}", "NO_SUCH_CODE")
          .replaceAll("\\{[^}]+}", "x");
    }

    String key() {
      return method + "," + path;
    }
  }

  static Endpoints of(RequestMappingHandlerMapping mapping) {
    var list = new ArrayList<Endpoint>();
    mapping.getHandlerMethods().forEach((info, handler) -> {
      var methods = info.getMethodsCondition().getMethods();
      var verbs = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
      for (var path : info.getPatternValues()) {
        for (var verb : verbs) list.add(new Endpoint(verb, path, handler));
      }
    });
    return new Endpoints(List.copyOf(list));
  }

  List<Endpoint> ours() {
    return all.stream().filter(Endpoint::ours).toList();
  }
}
