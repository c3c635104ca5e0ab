package io.kelola.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How unreadable JSON is explained to API clients (message keys resolved to their arguments here). */
class JsonErrorsTest {

  enum Shift { PAGI, SIANG, MALAM }

  record ShiftLog(Shift shift, int outputQty) {}

  private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    assertThat(describe("{\"shift\": \"SORE\", \"outputQty\": 5}"))
        .isEqualTo("error.json.badEnum[shift|SORE|PAGI, SIANG, MALAM]");
  }

  @Test
  void wrongTypeNamesTheField() {
    assertThat(describe("{\"shift\": \"PAGI\", \"outputQty\": \"banyak\"}")).isEqualTo("error.json.badField[outputQty]");
  }

  @Test
  void unknownFieldIsNamed() {
    assertThat(describe("{\"shift\": \"PAGI\", \"outputQty\": 1, \"mesin\": 1}")).isEqualTo("error.json.unknownField[mesin]");
  }

  @Test
  void brokenSyntaxIsMalformed() {
    assertThat(describe("{\"shift\": ")).isEqualTo("error.json.malformed[]");
  }

  private static String describe(String body) {
    var cause = catchThrowable(() -> JSON.readValue(body, ShiftLog.class));
    var ex = new HttpMessageNotReadableException("unreadable", cause, new MockHttpInputMessage(body.getBytes()));
    return JsonErrors.describe(ex, (key, args) -> key + "[" + String.join("|", java.util.Arrays.stream(args).map(String::valueOf).toList()) + "]");
  }
}
