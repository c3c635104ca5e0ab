package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.InvalidMasterException;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Form errors from a refused master change: every invalid field at once, in the reader's language. */
@Component
class MasterFormErrors {

  private final FormMessages formMessages;
  private final MessageSource messages;

  MasterFormErrors(FormMessages formMessages, MessageSource messages) {
    this.formMessages = formMessages;
    this.messages = messages;
  }

  FormErrors of(BusinessRuleException e) {
    if (e instanceof InvalidMasterException invalid) {
      var locale = LocaleContextHolder.getLocale();
      var fields = new LinkedHashMap<String, String>();
      invalid.problems().forEach(p -> fields.putIfAbsent(p.field(),
          messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
      return new FormErrors(fields, null);
    }
    return formMessages.of(e);
  }
}
