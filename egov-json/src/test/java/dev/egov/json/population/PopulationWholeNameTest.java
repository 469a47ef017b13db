package dev.egov.json.population;

import static dev.egov.json.population.Goldens.assertSamePayload;
import static dev.egov.json.population.Goldens.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.egov.json.AnswerStatus;
import dev.egov.json.Decoded;
import dev.egov.model.PartialDate;
import dev.egov.model.Sex;
import dev.egov.model.code.DataQualityFlag;
import dev.egov.model.id.PersonalIdNumber;
import dev.egov.model.person.Citizen;
import dev.egov.model.person.PersonName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name the population database sends whole in {@code Ten} (empty {@code Ho} and {@code ChuDem}, as real answers do)
 * is split in the record, noted with {@link DataQualityFlag#NAME_GIVEN_WHOLE}, and written back whole.
 */
class PopulationWholeNameTest {

  private final PopulationDatabaseJson db = PopulationDatabaseJson.get();

  static Citizen wholeNameCitizen() {
    return Citizen.builder()
        .personalId(PersonalIdNumber.parse("001190012345"))
        .name(PersonName.of("Nguyễn", "Thị Thanh", "Hà"))
        .sex(Sex.FEMALE)
        .birthDate(PartialDate.of(1990, 3, 15))
        .dataQualityFlags(List.of(DataQualityFlag.NAME_GIVEN_WHOLE))
        .build();
  }

  @Test
  void aNameWholeInTen_isSplitInTheRecord_andNoted() {
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(bytes("lookup-answer-whole-name.soap.xml"), WireForm.SOAP);

    assertThat(decoded.value().citizens()).containsExactly(wholeNameCitizen());
    assertThat(decoded.unknownFields()).isEmpty();
  }

  @Test
  void aNameWholeInTen_goesBackWhole_fromTheDecodedAnswerOrTheRecord() {
    byte[] golden = bytes("lookup-answer-whole-name.soap.xml");

    assertSamePayload(WireForm.SOAP, db.writeLookupAnswer(db.decodeLookupAnswer(golden, WireForm.SOAP), WireForm.SOAP),
        golden);
    assertSamePayload(WireForm.SOAP,
        db.writeLookupAnswer(new LookupAnswer(AnswerStatus.ok(), List.of(wholeNameCitizen())), WireForm.SOAP), golden);
  }

  @Test
  void inTheJsonForm_tooTheNameGoesBackWholeInTen() {
    byte[] json = db.writeLookupAnswer(new LookupAnswer(AnswerStatus.ok(), List.of(wholeNameCitizen())), WireForm.JSON);

    assertThat(Goldens.tree(json).at("/data/0/HoVaTen").toString())
        .isEqualTo("{\"Ho\":\"\",\"ChuDem\":\"\",\"Ten\":\"Nguyễn Thị Thanh Hà\"}");
    assertThat(db.decodeLookupAnswer(json, WireForm.JSON).value().citizens()).containsExactly(wholeNameCitizen());
  }

  @Test
  void aNameSentInItsParts_orAsOneString_isNotNoted_andGoesBackInItsParts() {
    Citizen parts = db.decodeLookupAnswer(PopulationToleranceTest.soap(""), WireForm.SOAP).value().citizens().get(0);
    Citizen text = db.decodeLookupAnswer(("{\"error_code\":\"0\",\"data\":[{\"SoDinhDanh\":\"001085012345\","
        + "\"HoVaTen\":\"Nguyễn Văn An\"}]}").getBytes(StandardCharsets.UTF_8), WireForm.JSON).value().citizens().get(0);
    Citizen oneWord = db.decodeLookupAnswer(new String(PopulationToleranceTest.soap(""), StandardCharsets.UTF_8)
        .replace("<Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>An</Ten>", "<Ho/><ChuDem/><Ten>An</Ten>")
        .getBytes(StandardCharsets.UTF_8), WireForm.SOAP).value().citizens().get(0);

    assertThat(parts.dataQualityFlags()).isEmpty();
    assertThat(text.dataQualityFlags()).isEmpty();
    assertThat(oneWord.dataQualityFlags()).isEmpty();
    assertThat(new String(db.writeLookupAnswer(new LookupAnswer(AnswerStatus.ok(), List.of(text)), WireForm.SOAP),
        StandardCharsets.UTF_8)).contains("<Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>An</Ten>");
  }

  @Test
  void theRealBareBodyAnswer_writesItsNameBackWholeInTen() {
    byte[] real;
    try (var in = getClass().getResourceAsStream("/golden/real/population/lookup-answer.bare-body.soap.xml")) {
      real = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Decoded<LookupAnswer> decoded = db.decodeLookupAnswer(real, WireForm.SOAP);

    assertThat(decoded.value().citizens().get(0).name()).isEqualTo(PersonName.parse("NGUYỄN THỊ THỬ NGHIỆM"));
    assertThat(new String(db.writeLookupAnswer(decoded, WireForm.SOAP), StandardCharsets.UTF_8))
        .contains("<Ten>NGUYỄN THỊ THỬ NGHIỆM</Ten>");
  }
}
