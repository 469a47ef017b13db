package dev.egov.model.catalog;

import dev.egov.model.internal.PlaceNameText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The forgiving name search of one era: an index from each unit's name folded (no diacritics, no type word) to the
 * units of that name, and the rules that read a typed type word or abbreviation.
 */
final class UnitSearch {

  /** A type word as typed, folded, and the types it may mean. */
  private record TypeWord(List<String> words, Set<AdministrativeUnitType> types, boolean abbreviated) {}

  /** Longest first, so that "thi xa" is read before "xa". */
  private static final List<TypeWord> TYPE_WORDS = List.of(
      new TypeWord(List.of("thanh", "pho"),
          EnumSet.of(AdministrativeUnitType.CENTRAL_CITY, AdministrativeUnitType.PROVINCIAL_CITY), false),
      new TypeWord(List.of("thi", "xa"), EnumSet.of(AdministrativeUnitType.TOWN), false),
      new TypeWord(List.of("thi", "tran"), EnumSet.of(AdministrativeUnitType.TOWNSHIP), false),
      new TypeWord(List.of("dac", "khu"), EnumSet.of(AdministrativeUnitType.SPECIAL_ZONE), false),
      new TypeWord(List.of("tinh"), EnumSet.of(AdministrativeUnitType.PROVINCE), false),
      new TypeWord(List.of("quan"), EnumSet.of(AdministrativeUnitType.URBAN_DISTRICT), false),
      new TypeWord(List.of("huyen"), EnumSet.of(AdministrativeUnitType.RURAL_DISTRICT), false),
      new TypeWord(List.of("phuong"), EnumSet.of(AdministrativeUnitType.WARD), false),
      new TypeWord(List.of("xa"), EnumSet.of(AdministrativeUnitType.RURAL_COMMUNE), false),
      new TypeWord(List.of("tp"),
          EnumSet.of(AdministrativeUnitType.CENTRAL_CITY, AdministrativeUnitType.PROVINCIAL_CITY), true),
      new TypeWord(List.of("tx"), EnumSet.of(AdministrativeUnitType.TOWN), true),
      new TypeWord(List.of("tt"), EnumSet.of(AdministrativeUnitType.TOWNSHIP), true),
      new TypeWord(List.of("q"), EnumSet.of(AdministrativeUnitType.URBAN_DISTRICT), true),
      new TypeWord(List.of("h"), EnumSet.of(AdministrativeUnitType.RURAL_DISTRICT), true),
      new TypeWord(List.of("p"), EnumSet.of(AdministrativeUnitType.WARD), true),
      new TypeWord(List.of("x"), EnumSet.of(AdministrativeUnitType.RURAL_COMMUNE), true));

  /** The type words by their folded text ("thi xa", "p"), for reading the first one or two words of a query. */
  private static final Map<String, TypeWord> BY_TEXT = byText();

  private static Map<String, TypeWord> byText() {
    Map<String, TypeWord> byText = new HashMap<>();
    for (TypeWord type : TYPE_WORDS) {
      byText.put(String.join(" ", type.words()), type);
    }
    return Map.copyOf(byText);
  }

  private static final Comparator<UnitMatch> RANKING = Comparator.comparingInt(UnitMatch::score).reversed()
      .thenComparing(m -> m.unit().code().level())
      .thenComparing(m -> m.unit().code().code());

  /** A unit and the identity key of its name's words, computed once. */
  private record Entry(AdministrativeUnit unit, String nameKey) {}

  private final Map<String, Entry[]> byFoldedName;

  UnitSearch(List<AdministrativeUnit> units) {
    Map<String, List<Entry>> index = new HashMap<>();
    for (AdministrativeUnit unit : units) {
      List<List<String>> words = PlaceNameText.words(unit.name());
      index.computeIfAbsent(String.join(" ", words.get(1)), k -> new ArrayList<>(1))
          .add(new Entry(unit, PlaceNameText.identityKeyOfWords(words.get(0))));
    }
    // A HashMap, never modified after this constructor and safely published by the catalogue's volatile field.
    this.byFoldedName = new HashMap<>(index.size() * 2);
    index.forEach((k, v) -> byFoldedName.put(k, v.toArray(new Entry[0])));
  }

  List<UnitMatch> search(String text, @Nullable AdministrativeUnitCode within) {
    List<List<String>> words = PlaceNameText.words(text);
    List<String> written = new ArrayList<>(words.get(0));
    List<String> folded = new ArrayList<>(words.get(1));
    if (folded.isEmpty()) {
      return List.of();
    }
    splitGluedAbbreviation(written, folded);
    // Few candidates: a list searched by identity (the catalogue holds each unit once), sorted on a total order below.
    List<UnitMatch> found = new ArrayList<>(4);
    // Read without a type word: also the reading of names that start like one ("H'Neng" folds to "hneng", but a
    // name such as "Thị Xã" could exist).
    collect(written, folded, 0, null, within, found);
    // The longest type word first: "thi xa" before "thi".
    TypeWord type = folded.size() > 2 ? BY_TEXT.get(folded.get(0) + ' ' + folded.get(1)) : null;
    if (type == null && folded.size() > 1) {
      type = BY_TEXT.get(folded.get(0));
    }
    if (type != null) {
      collect(written, folded, type.words().size(), type, within, found);
    }
    // A unit of another type than the one typed is a near miss, offered only when nothing of that type fits.
    boolean typeFits = false;
    for (UnitMatch match : found) {
      typeFits |= !match.reasons().contains(MatchReason.OTHER_TYPE);
    }
    if (typeFits) {
      found.removeIf(match -> match.reasons().contains(MatchReason.OTHER_TYPE));
    }
    if (found.size() > 1) {
      found.sort(RANKING);
    }
    return List.copyOf(found);
  }

  /** "p7" and "q10" are a type abbreviation glued to a ward's or district's number. */
  private static void splitGluedAbbreviation(List<String> written, List<String> folded) {
    String first = folded.get(0);
    if (first.length() >= 2 && (first.charAt(0) == 'p' || first.charAt(0) == 'q')) {
      for (int i = 1; i < first.length(); i++) {
        if (first.charAt(i) < '0' || first.charAt(i) > '9') {
          return;
        }
      }
      String number = PlaceNameText.fold(first.substring(1));
      folded.set(0, first.substring(0, 1));
      folded.add(1, number);
      written.set(0, first.substring(0, 1));
      written.add(1, number);
    }
  }

  private void collect(List<String> written, List<String> folded, int from, @Nullable TypeWord type,
      @Nullable AdministrativeUnitCode within, List<UnitMatch> found) {
    Entry[] candidates = byFoldedName.get(String.join(" ", folded.subList(from, folded.size())));
    if (candidates == null) {
      return;
    }
    String nameKey = PlaceNameText.identityKeyOfWords(written.subList(from, written.size()));
    for (Entry entry : candidates) {
      AdministrativeUnit unit = entry.unit();
      if (within != null && !isWithin(unit, within)) {
        continue;
      }
      EnumSet<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
      reasons.add(nameKey.equals(entry.nameKey()) ? MatchReason.SAME_NAME : MatchReason.SAME_NAME_WITHOUT_DIACRITICS);
      if (type == null) {
        reasons.add(MatchReason.NO_TYPE_GIVEN);
      } else {
        reasons.add(type.types().contains(unit.type()) ? MatchReason.SAME_TYPE : MatchReason.OTHER_TYPE);
        if (type.abbreviated()) {
          reasons.add(MatchReason.TYPE_ABBREVIATED);
        }
      }
      int before = 0;
      while (before < found.size() && found.get(before).unit() != unit) {
        before++;
      }
      if (before == found.size()) {
        found.add(new UnitMatch(unit, reasons));
      } else if (UnitMatch.scoreOf(reasons) > found.get(before).score()) {
        found.set(before, new UnitMatch(unit, reasons));
      }
    }
  }

  private static boolean isWithin(AdministrativeUnit unit, AdministrativeUnitCode within) {
    if (unit.code().equals(within)) {
      return false;
    }
    if (within.level() == AdministrativeLevel.PROVINCE) {
      return unit.province().code().equals(within.code());
    }
    return within.equals(unit.parent());
  }
}
