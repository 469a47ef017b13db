package dev.egov.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The QĐ 766 electronic result (docs/dossiers-and-portal.md, Results): a result code and a download link, both. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DossierResultDocumentTest {

  @ParameterizedTest(name = "code {0}, link {1} → {2}")
  @CsvSource(nullValues = "NULL", value = {
      "KQ01, https://dichvucong.gov.vn/kq/1, true",
      "NULL, https://dichvucong.gov.vn/kq/1, false",
      "'  ', https://dichvucong.gov.vn/kq/1, false",
      "KQ01, NULL, false",
      "KQ01, '', false",
      "KQ01, ' ', false",
      "NULL, NULL, false"
  })
  void isElectronic_needsBothCodeAndLink(@Nullable String code, @Nullable String link, boolean electronic) {
    assertThat(new DossierResultDocument("Giấy khai sinh", null, null, link, code).isElectronic())
        .isEqualTo(electronic);
  }
}
