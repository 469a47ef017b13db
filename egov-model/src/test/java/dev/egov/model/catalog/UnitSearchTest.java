package dev.egov.model.catalog;

import static dev.egov.model.catalog.AdministrativeEra.LEGACY_2004;
import static dev.egov.model.catalog.AdministrativeEra.REFORM_2025;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forgiving name search ({@link AdministrativeUnitCatalog#search}). */
@Timeout(30)
class UnitSearchTest {

  private static final AdministrativeUnitCatalog UNITS = AdministrativeUnitCatalog.builtIn();

  private static List<String> names(List<UnitMatch> matches) {
    return matches.stream().map(m -> m.unit().fullName() + " " + m.unit().code()).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phường Sài Gòn", "phuong sai gon", "P. Sai Gon", "p sài gòn", "  PHUONG   SAI  GON ",
      "P.Sài Gòn", "Phuong Sai-Gon", "Sai Gon"})
  void search_saiGonTypedAnyWay_theOneWardFirst(String typed) {
    List<UnitMatch> found = UNITS.search(typed, REFORM_2025);
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).unit().code()).isEqualTo(AdministrativeUnitCode.commune(REFORM_2025, "26740"));
  }

  @Test
  void search_withoutDiacritics_saysSoAndTheAbbreviation() {
    UnitMatch match = UNITS.search("P. Sai Gon", REFORM_2025).get(0);
    assertThat(match.reasons()).containsExactly(MatchReason.SAME_NAME_WITHOUT_DIACRITICS, MatchReason.SAME_TYPE,
        MatchReason.TYPE_ABBREVIATED);
    assertThat(match.score()).isEqualTo(4);
    assertThat(UNITS.search("Phường Sài Gòn", REFORM_2025).get(0).reasons())
        .containsExactly(MatchReason.SAME_NAME, MatchReason.SAME_TYPE);
  }

  /** Văn Lang and Văn Lăng, both in Thái Nguyên: typed without diacritics, both fit and both are returned. */
  @Test
  void search_twoUnitsFit_bothReturnedNeverASilentGuess() {
    List<UnitMatch> found = UNITS.search("xa van lang", AdministrativeUnitCode.province(REFORM_2025, "19"));
    assertThat(names(found)).containsExactly("Xã Văn Lang 02143@REFORM_2025", "Xã Văn Lăng 05665@REFORM_2025");
    assertThat(found).allSatisfy(m -> assertThat(m.reasons()).contains(MatchReason.SAME_NAME_WITHOUT_DIACRITICS));

    List<UnitMatch> exact = UNITS.search("Xã Văn Lăng", AdministrativeUnitCode.province(REFORM_2025, "19"));
    assertThat(names(exact)).containsExactly("Xã Văn Lăng 05665@REFORM_2025", "Xã Văn Lang 02143@REFORM_2025");
    assertThat(exact.get(0).score()).isGreaterThan(exact.get(1).score());
  }

  @Test
  void search_typeGiven_onlyThatTypeWhenOneFits() {
    AdministrativeUnitCode giaLam = AdministrativeUnitCode.district("018");
    assertThat(names(UNITS.search("TT Yên Viên", giaLam))).containsExactly("Thị trấn Yên Viên 00526@LEGACY_2004");
    assertThat(names(UNITS.search("xa yen vien", giaLam))).containsExactly("Xã Yên Viên 00532@LEGACY_2004");
    assertThat(names(UNITS.search("Yen Vien", giaLam)))
        .containsExactly("Thị trấn Yên Viên 00526@LEGACY_2004", "Xã Yên Viên 00532@LEGACY_2004");
  }

  @Test
  void search_noUnitOfTheTypeGiven_nearMissesOfOtherTypes() {
    List<UnitMatch> found = UNITS.search("Thị trấn Văn Lăng", REFORM_2025);
    assertThat(names(found)).containsExactly("Xã Văn Lăng 05665@REFORM_2025", "Xã Văn Lang 02143@REFORM_2025",
        "Xã Văn Lãng 06154@REFORM_2025", "Xã Văn Lang 08134@REFORM_2025");
    assertThat(found.get(0).reasons()).containsExactly(MatchReason.SAME_NAME, MatchReason.OTHER_TYPE);
    assertThat(found.get(0).score()).isEqualTo(1);
    assertThat(found.subList(1, 4)).allSatisfy(m -> assertThat(m.reasons())
        .containsExactly(MatchReason.SAME_NAME_WITHOUT_DIACRITICS, MatchReason.OTHER_TYPE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phường 7", "P7", "p.7", "P. 07", "phuong 7"})
  void search_numberedWardWithinADistrict_theOne(String typed) {
    List<UnitMatch> found = UNITS.search(typed, AdministrativeUnitCode.district("774"));
    assertThat(names(found)).containsExactly("Phường 7 27316@LEGACY_2004");
  }

  @Test
  void search_numberedWardAcrossAProvince_everyCandidate() {
    List<UnitMatch> found = UNITS.search("Phường 7", AdministrativeUnitCode.province(LEGACY_2004, "79"));
    assertThat(found).hasSizeGreaterThan(5).allSatisfy(m -> {
      assertThat(m.unit().fullName()).isEqualTo("Phường 7");
      assertThat(m.unit().province()).isEqualTo(ProvinceCode.legacy("79"));
    });
  }

  @Test
  void search_districtAndProvinceLevels_typeWordsAndAbbreviations() {
    assertThat(names(UNITS.search("Q.1", AdministrativeUnitCode.province(LEGACY_2004, "79"))))
        .containsExactly("Quận 1 760@LEGACY_2004");
    assertThat(names(UNITS.search("TX Phong Dien", LEGACY_2004))).first().isEqualTo("Thị xã Phong Điền 476@LEGACY_2004");
    assertThat(names(UNITS.search("tp ho chi minh", REFORM_2025))).containsExactly("Thành phố Hồ Chí Minh 79@REFORM_2025");
    assertThat(names(UNITS.search("Tinh Ba Ria Vung Tau", LEGACY_2004)))
        .containsExactly("Tỉnh Bà Rịa - Vũng Tàu 77@LEGACY_2004");
    assertThat(names(UNITS.search("H. Con Dao", LEGACY_2004))).first().isEqualTo("Huyện Côn Đảo 755@LEGACY_2004");
  }

  @Test
  void search_nameThatStartsLikeATypeWord_stillFound() {
    assertThat(names(UNITS.search("Ea H'leo", LEGACY_2004))).contains("Huyện Ea H'leo 645@LEGACY_2004");
    assertThat(names(UNITS.search("Xa H Neng", LEGACY_2004))).isEmpty();
    assertThat(names(UNITS.search("Xa HNeng", LEGACY_2004))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Phường", "xyz khong co", "P."})
  void search_nothingThatFits_empty(String typed) {
    assertThat(UNITS.search(typed, REFORM_2025)).isEmpty();
  }

  @Test
  void search_results_rankedByScoreThenLevelThenCode() {
    List<UnitMatch> found = UNITS.search("Hoa Binh", LEGACY_2004);
    assertThat(found).hasSizeGreaterThan(10);
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
    }
    assertThat(found.get(0).unit().fullName()).isEqualTo("Tỉnh Hoà Bình");
  }
}
