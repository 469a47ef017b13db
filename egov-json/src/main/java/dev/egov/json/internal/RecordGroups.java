package dev.egov.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.egov.model.dossier.DossierDocuments;
import dev.egov.model.dossier.DossierFlags;
import dev.egov.model.dossier.DossierPauses;
import dev.egov.model.dossier.DossierPayment;
import dev.egov.model.dossier.DossierProcessing;
import dev.egov.model.dossier.DossierSubmission;
import dev.egov.model.dossier.DossierTimeline;
import dev.egov.model.person.CitizenContact;
import dev.egov.model.person.CitizenFamily;
import dev.egov.model.person.CitizenOtherIdentifiers;
import dev.egov.model.person.CitizenParticulars;
import dev.egov.model.person.CitizenPlaces;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an absent or {@code null} group of a record ({@code Dossier.timeline}, {@code Citizen.places}, …) as the
 * group's {@code NONE}, as an absent list reads as empty: writers in other languages often leave out an object with
 * nothing in it, which loses nothing (docs/adr/0010-record-groups.md). An absent {@code flags} group reads as {@code
 * DossierFlags.NONE}, whose flags are not stated (not stated false). egov itself always writes every group.
 */
public final class RecordGroups {

  private static final Map<Class<?>, Object> NONE = Map.ofEntries(
      Map.entry(DossierSubmission.class, DossierSubmission.NONE),
      Map.entry(DossierTimeline.class, DossierTimeline.NONE),
      Map.entry(DossierProcessing.class, DossierProcessing.NONE),
      Map.entry(DossierDocuments.class, DossierDocuments.NONE),
      Map.entry(DossierPayment.class, DossierPayment.NONE),
      Map.entry(DossierPauses.class, DossierPauses.NONE),
      Map.entry(DossierFlags.class, DossierFlags.NONE),
      Map.entry(CitizenParticulars.class, CitizenParticulars.NONE),
      Map.entry(CitizenPlaces.class, CitizenPlaces.NONE),
      Map.entry(CitizenFamily.class, CitizenFamily.NONE),
      Map.entry(CitizenContact.class, CitizenContact.NONE),
      Map.entry(CitizenOtherIdentifiers.class, CitizenOtherIdentifiers.NONE));

  private RecordGroups() {}

  /** Returns a module that reads an absent or {@code null} group as its {@code NONE}. */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("egov-record-groups");
    module.setDeserializerModifier(new NoneForAbsent());
    return module;
  }

  /** Wraps the deserializer of each group type. */
  private static final class NoneForAbsent extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
      Object none = NONE.get(description.getBeanClass());
      return none == null ? deserializer : new AbsentAsNone(deserializer, none);
    }
  }

  /** Delegates reading, and answers {@code NONE} where Jackson asks for the value of a null or missing property. */
  private static final class AbsentAsNone extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient Object none;

    AbsentAsNone(JsonDeserializer<?> delegate, Object none) {
      super(delegate);
      this.none = none;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new AbsentAsNone(delegate, none);
    }

    @Override
    public @Nullable Object getNullValue(DeserializationContext context) {
      return none;
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext context) {
      return none;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT;
    }
  }
}
