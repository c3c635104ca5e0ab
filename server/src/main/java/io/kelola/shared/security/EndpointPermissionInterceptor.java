package io.kelola.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a controller method runs only when its declared access rule lets the caller in.
 * Undeclared handlers are refused, so forgetting an annotation can never open an endpoint.
 */
public class EndpointPermissionInterceptor implements HandlerInterceptor {

  /** Annotation lookups are reflective; each handler's rule is resolved once. */
  private final java.util.Map<java.lang.reflect.Method, EndpointAccess> rules = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) return true; // static resources
    var rule = rules.computeIfAbsent(method.getMethod(), m -> EndpointAccess.of(method));
    if (rule.isPublic()) return true;
    var caller = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    if (rule.permission() == null && rule.authenticated()) return true;
    if (rule.permission() != null && caller.can(rule.permission())) return true;
    throw new PermissionDeniedException(
        rule.permission() == null ? "Endpoint declares no permission" : "Missing permission " + rule.permission());
  }

  /** The access rule a handler method declares, method annotation first, then its class. */
  public record EndpointAccess(boolean isPublic, boolean authenticated, String permission) {

    public static EndpointAccess of(HandlerMethod method) {
      var m = method.getMethod();
      var type = method.getBeanType();
      var framework = frameworkRule(type.getName());
      if (framework != null) return framework;
      var perm = AnnotatedElementUtils.findMergedAnnotation(m, RequiresPermission.class);
      if (perm != null) return new EndpointAccess(false, true, perm.value());
      if (AnnotatedElementUtils.hasAnnotation(m, PublicEndpoint.class)) return new EndpointAccess(true, false, null);
      if (AnnotatedElementUtils.hasAnnotation(m, AuthenticatedEndpoint.class)) return new EndpointAccess(false, true, null);
      var typePerm = AnnotatedElementUtils.findMergedAnnotation(type, RequiresPermission.class);
      if (typePerm != null) return new EndpointAccess(false, true, typePerm.value());
      if (AnnotatedElementUtils.hasAnnotation(type, PublicEndpoint.class)) return new EndpointAccess(true, false, null);
      if (AnnotatedElementUtils.hasAnnotation(type, AuthenticatedEndpoint.class)) return new EndpointAccess(false, true, null);
      return new EndpointAccess(false, false, null);
    }

    /** Handlers that are not ours: the error page is public, the API docs need a signed-in user. */
    private static EndpointAccess frameworkRule(String typeName) {
      if (typeName.startsWith("io.kelola.")) return null;
      if (typeName.equals("org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController")) {
        return new EndpointAccess(true, false, null);
      }
      if (typeName.startsWith("org.springdoc.")) return new EndpointAccess(false, true, null);
      return new EndpointAccess(false, false, null);
    }

    public boolean declared() {
      return isPublic || authenticated;
    }
  }
}
