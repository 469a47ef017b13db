package dev.egov.fakes.generators;

import static dev.egov.fakes.generators.ModelTables.pad;

import dev.egov.fakes.generators.SampleProcedures.AgencyKind;
import dev.egov.fakes.internal.SplitMix64;
import dev.egov.model.catalog.AgencyCatalog;
import dev.egov.model.catalog.Province;
import dev.egov.model.catalog.TopLevelAgency;
import dev.egov.model.id.AgencyCode;
import dev.egov.model.id.DossierCode;
import dev.egov.model.person.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The receiving agencies of one dossier stream, and their daily dossier-code sequences: a few provinces, each with
 * commune-level People's Committees and provincial offices, as many as the daily volume needs for every agency to stay
 * well below 9,999 codes a day.
 *
 * <p>Level-1 codes are the provincial People's Committees of egov-model's agency catalogue; the lower levels are
 * synthetic: communes {@code 000.CC.DD.Hxx} with {@code DD} 01–40, offices {@code 000.00.51.Hxx} (justice), {@code
 * 000.00.61.Hxx} (land registration) and {@code 000.00.71.Hxx} (business registration), and, when the volume needs
 * them, reception points below an office ({@code 000.01.51.Hxx} to {@code 000.98.51.Hxx}).
 */
final class AgencyPool {

  /** Dossiers a commune-level agency receives on the busiest day, at most, on average; departments take more. */
  private static final int COMMUNE_DAILY_LOAD = 400;
  private static final int DEPARTMENT_DAILY_LOAD = 3000;
  private static final int MAX_COMMUNES = 40 * 30;
  private static final int MAX_DEPARTMENTS = 99;

  /** A receiving agency, its officers, and its dossier-code counter. */
  static final class Agency {
    final AgencyCode code;
    final String name;
    final AgencyKind kind;
    final Province legacyProvince;
    final List<String> officers;
    final String position;
    private long day = Long.MIN_VALUE;
    private int last;

    Agency(AgencyCode code, String name, AgencyKind kind, Province legacyProvince, List<String> officers,
        String position) {
      this.code = code;
      this.name = name;
      this.kind = kind;
      this.legacyProvince = legacyProvince;
      this.officers = officers;
      this.position = position;
    }

    boolean full(long epochDay) {
      return day == epochDay && last >= DossierCode.MAX_STANDARD_SEQUENCE;
    }

    DossierCode mint(LocalDate date) {
      long epochDay = date.toEpochDay();
      if (day != epochDay) {
        if (epochDay < day) {
          throw new IllegalStateException("Dossiers are generated in order of submission; " + date + " came late");
        }
        day = epochDay;
        last = 0;
      }
      return DossierCode.of(code, date, ++last);
    }
  }

  private final List<Province> provinces;
  private final Weighted<Integer> provinceChoice;
  /** Agencies by province index and kind ordinal. */
  private final List<List<List<Agency>>> agencies = new ArrayList<>();

  AgencyPool(SplitMix64 random, long busiestDay) {
    int provinceCount = random.percent(50) ? 1 : 2;
    List<Province> chosen = new ArrayList<>();
    Weighted.Builder<Integer> choice = Weighted.builder();
    while (chosen.size() < provinceCount) {
      Province p = Places.legacyProvince(random);
      if (!chosen.contains(p)) {
        choice.add(chosen.size(), Places.Data.POPULATION[Places.index(p.code().code())]);
        chosen.add(p);
      }
    }
    this.provinces = List.copyOf(chosen);
    this.provinceChoice = choice.build();

    int[] kindWeight = new int[AgencyKind.values().length];
    int totalWeight = 0;
    for (SampleProcedures.Profile profile : SampleProcedures.PROFILES) {
      kindWeight[profile.kind().ordinal()] += profile.weight();
      totalWeight += profile.weight();
    }
    for (int p = 0; p < provinces.size(); p++) {
      Province province = provinces.get(p);
      TopLevelAgency committee = committeeOf(province);
      List<List<Agency>> byKind = new ArrayList<>();
      for (AgencyKind kind : AgencyKind.values()) {
        // The province's share of the busiest day's dossiers of this kind, rounded up.
        long load = busiestDay * kindWeight[kind.ordinal()] * provinceChoice.weight(p)
            / ((long) totalWeight * provinceChoice.total()) + 1;
        List<Agency> list = new ArrayList<>();
        if (kind == AgencyKind.COMMUNE) {
          int count = (int) Math.min(MAX_COMMUNES, Math.max(6, (load + COMMUNE_DAILY_LOAD - 1) / COMMUNE_DAILY_LOAD));
          for (int i = 0; i < count; i++) {
            int district = 1 + i / 30;
            int commune = 1 + i % 30;
            String stem = Places.Data.COMMUNE_STEMS.get(random.nextInt(Places.Data.COMMUNE_STEMS.size()));
            String type = random.percent(40) ? "phường " : "xã ";
            list.add(agency(random, "000." + pad(commune, 2) + '.' + pad(district, 2) + '.' + committee.code(),
                "Ủy ban nhân dân " + type + stem, kind, province, "Công chức Tư pháp - Hộ tịch"));
          }
        } else {
          int count = (int) Math.min(MAX_DEPARTMENTS, Math.max(1,
              (load + DEPARTMENT_DAILY_LOAD - 1) / DEPARTMENT_DAILY_LOAD));
          int base = kind == AgencyKind.JUSTICE ? 51 : kind == AgencyKind.LAND ? 61 : 71;
          // One office, and in a busy stream its reception points as units below it: 000.01.51.Hxx, …
          String office = kind == AgencyKind.JUSTICE ? "Sở Tư pháp"
              : kind == AgencyKind.LAND ? "Văn phòng Đăng ký đất đai" : "Phòng Đăng ký kinh doanh";
          for (int i = 0; i < count; i++) {
            String suffix = count == 1 ? "" : " (điểm tiếp nhận số " + (i + 1) + ')';
            list.add(agency(random, "000." + pad(i, 2) + '.' + base + '.' + committee.code(),
                office + ' ' + province.fullName() + suffix, kind, province, "Chuyên viên"));
          }
        }
        byKind.add(List.copyOf(list));
      }
      agencies.add(List.copyOf(byKind));
    }
  }

  private static Agency agency(
      SplitMix64 random, String code, String name, AgencyKind kind, Province province, String position) {
    List<String> officers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      PersonName officer = People.adultName(random, 1965, 1998);
      officers.add(officer.fullName());
    }
    return new Agency(AgencyCode.parse(code), name, kind, province, List.copyOf(officers), position);
  }

  private static TopLevelAgency committeeOf(Province legacy) {
    for (TopLevelAgency agency : AgencyCatalog.builtIn().all()) {
      if (agency.legacyProvince().isPresent() && agency.legacyProvince().get().equals(legacy.code())) {
        return agency;
      }
    }
    throw new IllegalStateException("egov-model's agency catalogue has no People's Committee for " + legacy.code());
  }

  List<Province> provinces() {
    return provinces;
  }

  /**
   * Picks the agency of {@code kind} that receives a dossier submitted on {@code date}: a province by population, an
   * agency of the kind at random, or the next one with codes left that day.
   */
  Agency pick(SplitMix64 random, AgencyKind kind, LocalDate date) {
    int province = provinceChoice.pick(random);
    List<Agency> candidates = agencies.get(province).get(kind.ordinal());
    int start = random.nextInt(candidates.size());
    long epochDay = date.toEpochDay();
    for (int p = 0; p < provinces.size(); p++) {
      List<Agency> list = agencies.get((province + p) % provinces.size()).get(kind.ordinal());
      for (int i = 0; i < list.size(); i++) {
        Agency agency = list.get((start + i) % list.size());
        if (!agency.full(epochDay)) {
          return agency;
        }
      }
    }
    throw new IllegalStateException("Every " + kind + " agency has issued " + DossierCode.MAX_STANDARD_SEQUENCE
        + " dossier codes on " + date + "; ask for fewer dossiers a day");
  }
}
