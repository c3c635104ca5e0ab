package io.kelola.shared.web;

import io.kelola.shared.security.EndpointPermissionInterceptor;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Cross-cutting web setup: deny-by-default endpoint checks, body limits, language choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang);
    registry.addInterceptor(new EndpointPermissionInterceptor());
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("kelola_lang");
    resolver.setDefaultLocale(INDONESIAN);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    // only Indonesian and English exist; anything else reads as Indonesian
    resolver.setDefaultLocaleFunction(request -> INDONESIAN);
    return resolver;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebProperties props) {
    var bean = new FilterRegistrationBean<>(new BodySizeLimitFilter(props.maxBodyBytes()));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return bean;
  }
}
